using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Ledger.Writing;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Prints one ledger entry in full, with its commit, digest, verified signer and checkpoint.</summary>
internal sealed class AuditShowHandler(HostContext context)
{
    /// <summary>Shows entry <paramref name="seq"/>; a missing one exits 2.</summary>
    public Task<int> HandleAsync(LedgerTarget target, long seq, CancellationToken cancellationToken)
    {
        var trust = AuditLogHandler.TryTrust(context, target);
        cancellationToken.ThrowIfCancellationRequested();
        using var store = LedgerSession.OpenStore(target.Repository, context.Time);
        EntryDetail.Write(context.Output, LedgerAudit.Entry(store, seq), trust);
        return Task.FromResult(ExitCodes.Allow);
    }
}
