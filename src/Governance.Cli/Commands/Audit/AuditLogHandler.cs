using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Ledger.Trust;
using Governance.Ledger.Writing;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Lists ledger entries in order, filtered, with their verified signers.</summary>
internal sealed class AuditLogHandler(HostContext context)
{
    /// <summary>Prints the entries that pass <paramref name="filter"/>, as text lines or one JSON object per line.</summary>
    public Task<int> HandleAsync(LedgerTarget target, LedgerTrust? trust, EntryFilter filter, bool json, CancellationToken cancellationToken)
    {
        using var store = LedgerSession.OpenStore(target.Repository, context.Time);
        foreach (var stored in filter.Select(store, cancellationToken))
        {
            context.Output.WriteLine(json ? EntryView.Json(stored, trust) : EntryView.Text(stored, trust));
        }

        return Task.FromResult(ExitCodes.Allow);
    }

    /// <summary>The trust, or null (with a note) when none can be loaded: entries are still listed, signers are not named.</summary>
    public static LedgerTrust? TryTrust(HostContext context, LedgerTarget target)
    {
        try
        {
            return PrincipalsFile.LoadTrust(target);
        }
        catch (Exception ex) when (ex is WorkflowException or LedgerWriteException)
        {
            context.Error.WriteLine($"govern: note: signers not shown: {ex.Message}");
            return null;
        }
    }
}
