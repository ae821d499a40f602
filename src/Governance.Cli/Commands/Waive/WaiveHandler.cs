using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Waive;

/// <summary>Records a person's signed, time-boxed waiver for one model digest (<see cref="ApprovalService"/>).</summary>
internal sealed class WaiveHandler(HostContext context)
{
    /// <summary>Appends the entry and prints its seq.</summary>
    public async Task<int> HandleAsync(WaiverRequest request, LedgerLocation ledger, SignerKeys keys, CancellationToken cancellationToken)
    {
        AppendedLines.Write(context.Output, await new ApprovalService(context).WaiveAsync(ledger, keys, request, cancellationToken).ConfigureAwait(false));
        return ExitCodes.Allow;
    }
}
