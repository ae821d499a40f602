using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Fetches the remote ledger and fast-forwards the local one to it.</summary>
internal sealed class AuditPullHandler(HostContext context)
{
    /// <summary>Pulls from <paramref name="remote"/>; a diverged local ledger exits 2 saying to push (which rebases).</summary>
    public Task<int> HandleAsync(string repository, string remote, CancellationToken cancellationToken)
    {
        using var store = LedgerSession.OpenStore(repository, context.Time);
        cancellationToken.ThrowIfCancellationRequested();
        context.Output.WriteLine(AuditLines.Pulled(LedgerSyncing.Pull(store, remote)));
        return Task.FromResult(ExitCodes.Allow);
    }
}
