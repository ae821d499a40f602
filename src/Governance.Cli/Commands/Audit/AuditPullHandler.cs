using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Ledger.Storage;

namespace Governance.Cli.Commands.Audit;

/// <summary>Fetches the remote ledger and fast-forwards the local one to it.</summary>
internal sealed class AuditPullHandler(HostContext context)
{
    /// <summary>Pulls from <paramref name="remote"/>; a diverged local ledger exits 2 saying to push (which rebases).</summary>
    public Task<int> HandleAsync(string repository, string remote, CancellationToken cancellationToken)
    {
        using var store = LedgerSession.OpenStore(repository, context.Time);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (!new LedgerSync(store, remote).Pull())
            {
                throw new WorkflowException("the local ledger has entries the remote lacks and the remote moved: run 'govern audit push --key <pem>' to rebase them");
            }
        }
        catch (IOException ex)
        {
            throw new WorkflowException($"pull failed: {ex.Message}");
        }

        context.Output.WriteLine($"ledger at entry {store.Tip?.Seq ?? 0}");
        return Task.FromResult(ExitCodes.Allow);
    }
}
