using Governance.Ledger.Storage;

namespace Governance.Workflows.Audit;

/// <summary>Which entries <c>govern audit log</c> lists; null members do not filter.</summary>
/// <param name="Type">The full entry type.</param>
/// <param name="Model">A model the subject or payload names.</param>
/// <param name="Digest">A digest the subject or payload names (the payload's <c>digest</c> or training <c>output</c>).</param>
/// <param name="Since">The earliest entry time.</param>
public sealed record EntryFilter(string? Type, string? Model, string? Digest, DateTimeOffset? Since)
{
    /// <summary>Whether <paramref name="stored"/> passes every given filter.</summary>
    public bool Matches(StoredEntry stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var e = stored.Entry;
        return (Type is null || e.Type == Type)
            && (Model is null || (string?)e.Subject["model"] == Model || (string?)e.Payload["model"] == Model)
            && (Digest is null || (string?)e.Subject["digest"] == Digest || (string?)e.Payload["digest"] == Digest || (string?)e.Payload["output"] == Digest)
            && (Since is null || e.Time >= Since);
    }

    /// <summary>The entries of <paramref name="store"/> in order that pass; cancellation is checked per entry.</summary>
    public IEnumerable<StoredEntry> Select(LedgerStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var stored in store.ReadAll())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Matches(stored))
            {
                yield return stored;
            }
        }
    }
}
