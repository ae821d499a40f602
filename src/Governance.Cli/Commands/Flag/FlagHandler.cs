using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using Governance.Workflows.Lifecycle;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Flag;

/// <summary>Records a flag (or unflag) through <see cref="FlagService"/> and prints its seq.</summary>
internal sealed class FlagHandler(HostContext context)
{
    /// <summary>Appends the entry.</summary>
    public async Task<int> HandleAsync(Options options, CancellationToken cancellationToken)
    {
        var service = new FlagService(context);
        var appended = options.Unflag
            ? await service.UnflagAsync(options.Ledger, options.Keys, options.Request, cancellationToken).ConfigureAwait(false)
            : await service.FlagAsync(options.Ledger, options.Keys, options.Request, cancellationToken).ConfigureAwait(false);
        AppendedLines.Write(context.Output, appended);
        return ExitCodes.Allow;
    }

    /// <summary>The options of <c>govern flag</c> / <c>govern unflag</c>.</summary>
    /// <param name="Ledger">The ledger.</param>
    /// <param name="Keys">A recorder key, or a person's key with the recorder key.</param>
    /// <param name="Request">What is flagged.</param>
    /// <param name="Unflag">True for <c>govern unflag</c>.</param>
    internal sealed record Options(LedgerLocation Ledger, SignerKeys Keys, FlagRequest Request, bool Unflag);
}
