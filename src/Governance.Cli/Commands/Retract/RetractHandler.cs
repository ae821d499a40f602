using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Retract;

/// <summary>Retracts one entry (<see cref="RecordService.RetractAsync"/>) and prints the retraction's seq.</summary>
internal sealed class RetractHandler(HostContext context)
{
    /// <summary>Appends the retraction.</summary>
    public async Task<int> HandleAsync(Options options, CancellationToken cancellationToken)
    {
        var appended = await new RecordService(context).RetractAsync(options.Ledger, options.Keys, options.Seq, options.Reason, cancellationToken).ConfigureAwait(false);
        AppendedLines.Write(context.Output, appended);
        return ExitCodes.Allow;
    }

    /// <summary>The options of <c>govern record retract</c>.</summary>
    /// <param name="Ledger">The ledger.</param>
    /// <param name="Keys">A recorder key, or the key of the person who signed the entry (then <c>--recorder-key</c> writes).</param>
    /// <param name="Seq">The entry to retract.</param>
    /// <param name="Reason">Why it was wrong.</param>
    internal sealed record Options(LedgerLocation Ledger, SignerKeys Keys, long Seq, string Reason);
}
