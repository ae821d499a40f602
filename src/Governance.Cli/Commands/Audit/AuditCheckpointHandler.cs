using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Prints the ledger tip's signed checkpoint note.</summary>
internal sealed class AuditCheckpointHandler(HostContext context)
{
    /// <summary>Prints the checkpoint of the ledger in <paramref name="repository"/>; an empty ledger has none (exit 2).</summary>
    public Task<int> HandleAsync(string repository, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var store = LedgerSession.OpenStore(repository, context.Time);
        context.Output.Write(LedgerAudit.Checkpoint(store));
        return Task.FromResult(ExitCodes.Allow);
    }
}
