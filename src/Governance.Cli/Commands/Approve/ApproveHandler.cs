using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Approve;

/// <summary>Records a person's signed approval (or its revocation) of one model digest (<see cref="ApprovalService"/>).</summary>
internal sealed class ApproveHandler(HostContext context)
{
    /// <summary>Appends the entry and prints its seq.</summary>
    public async Task<int> HandleAsync(ApprovalRequest request, LedgerLocation ledger, SignerKeys keys, CancellationToken cancellationToken)
    {
        AppendedLines.Write(context.Output, await new ApprovalService(context).ApproveAsync(ledger, keys, request, cancellationToken).ConfigureAwait(false));
        return ExitCodes.Allow;
    }
}
