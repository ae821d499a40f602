using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;

namespace Governance.Ledger.Verification;

/// <summary>
/// Time rules of trust v2 that hold for one entry on its own: an entry may not be dated more than the skew ahead of
/// the verifier's clock (<c>future-time</c>), and the time a fact was observed may not be later than the entry's time.
/// </summary>
public static class TimeRules
{
    /// <summary>The stated skew: five minutes between clocks (recorder, signer, verifier).</summary>
    public static readonly TimeSpan DefaultSkew = TimeSpan.FromMinutes(5);

    /// <summary>Why <paramref name="entry"/> breaks a time rule at verifier time <paramref name="now"/>, or null.</summary>
    public static string? Check(LedgerEntry entry, DateTimeOffset now, TimeSpan skew)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Time > now + skew)
        {
            return $"entry {entry.Seq} is dated {entry.TimeText}, more than {skew.TotalMinutes:0} minutes ahead of the verifier's clock ({now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'})";
        }

        // Read from the canonical bytes: a JsonNode tree of every entry (entry.Payload) cost more than the rest of its parse.
        return ObservedAt(Canonical.JsonMembers.String(entry.CanonicalBytes.Span, "payload"u8, "observedAt"u8)) is { } observed && observed > entry.Time
            ? $"entry {entry.Seq} says its fact was observed at {observed.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}, after the entry's own time {entry.TimeText}"
            : null;
    }

    /// <summary>The payload's <c>observedAt</c>, or null when absent or unreadable (the schema checks its form).</summary>
    public static DateTimeOffset? ObservedAt(JsonObject payload) =>
        ObservedAt(payload?["observedAt"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null);

    private static DateTimeOffset? ObservedAt(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
