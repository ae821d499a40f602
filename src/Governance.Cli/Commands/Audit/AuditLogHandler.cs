using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Cli.Ledger.Audit;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;
using Governance.Ledger.Writing;

namespace Governance.Cli.Commands.Audit;

/// <summary>Lists ledger entries in order, filtered, with their verified signers.</summary>
internal sealed class AuditLogHandler(HostContext context)
{
    /// <summary>Prints the entries that pass <paramref name="filter"/>, as text lines or one JSON object per line.</summary>
    public Task<int> HandleAsync(LedgerTarget target, LedgerTrust? trust, Filter filter, bool json, CancellationToken cancellationToken)
    {
        using var store = LedgerSession.OpenStore(target.Repository, context.Time);
        foreach (var stored in store.ReadAll())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Matches(stored, filter))
            {
                context.Output.WriteLine(json ? EntryView.Json(stored, trust) : EntryView.Text(stored, trust));
            }
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

    /// <summary>The full type name for <c>--type</c> (<c>/v1</c> added when absent); an unknown type exits 2 with the nearest known one.</summary>
    public static string KnownType(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var full = type.Contains('/', StringComparison.Ordinal) ? type : type + "/v1";
        if (EntryTypes.All.Contains(full, StringComparer.Ordinal))
        {
            return full;
        }

        var near = NearestName.Find(full, EntryTypes.All) is { } n ? $"; did you mean '{(type.Contains('/', StringComparison.Ordinal) ? n : n.Split('/')[0])}'?" : "";
        throw new WorkflowException($"--type: unknown entry type '{type}'{near} (known: {string.Join(", ", EntryTypes.All.Select(t => t.Split('/')[0]))})");
    }

    private static bool Matches(StoredEntry stored, Filter filter)
    {
        var (type, model, digest, since) = filter;
        var e = stored.Entry;
        return (type is null || e.Type == type)
            && (model is null || (string?)e.Subject["model"] == model || (string?)e.Payload["model"] == model)
            && (digest is null || (string?)e.Subject["digest"] == digest || (string?)e.Payload["digest"] == digest || (string?)e.Payload["output"] == digest)
            && (since is null || e.Time >= since);
    }

    /// <summary>Which entries to list; null members do not filter.</summary>
    /// <param name="Type">The full entry type.</param>
    /// <param name="Model">A model the subject or payload names.</param>
    /// <param name="Digest">A digest the subject or payload names.</param>
    /// <param name="Since">The earliest entry time.</param>
    internal sealed record Filter(string? Type, string? Model, string? Digest, DateTimeOffset? Since);
}
