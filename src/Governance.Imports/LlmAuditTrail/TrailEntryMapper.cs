using System.Text.Json.Nodes;
using Governance.Core.Evaluation;
using Governance.Events.Catalogue;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// Turns a verified foreign event into an event of our type when its details fit that type's schema; otherwise,
/// and always for person-made records (approvals, waivers, attestations, whose foreign "owner" is an
/// unauthenticated string and must never count as a signed approval here), into <see cref="ExternalEvent"/>
/// with the mapped type and details kept. Every entry carries <see cref="ImportedOrigin"/>: the source record's
/// <c>seq</c>, <c>curr_hash</c>, event type and actor, which is also what makes re-imports idempotent.
/// </summary>
/// <param name="schemas">The ledger's payload schemas, deciding whether a mapped event fits its type.</param>
public sealed class TrailEntryMapper(IPayloadSchemas schemas)
{
    private readonly IPayloadSchemas _schemas = schemas ?? throw new ArgumentNullException(nameof(schemas));

    /// <summary>The entry for one event read from the trail file <paramref name="source"/>.</summary>
    public ImportedEntry Map(ImportedEvent e, string source)
    {
        ArgumentNullException.ThrowIfNull(e);
        var origin = new ImportedOrigin
        {
            Format = "llm-audit-trail",
            Source = source,
            Seq = e.OriginalSeq,
            CurrHash = e.OriginalCurrHash,
            EventType = e.OriginalType.Length == 0 ? "(none)" : e.OriginalType,
            EventId = e.OriginalEventId,
            Actor = e.Actor,
            System = e.System,
            Line = e.OriginalLine,
        };

        // The schema judges the mapped details alone, as it always has; the origin and time are added after.
        LedgerEvent value = TrailPayloads.Ours(e, origin: null) is { } candidate && _schemas.Accepts(candidate) ? TrailPayloads.Ours(e, origin)! : External(e, origin);
        if (e.Time is { } time)
        {
            value = value with { ObservedAt = Format.Time(time) };
        }

        var digest = value.Type.StartsWith("dataset.", StringComparison.Ordinal) ? null : e.Digest;
        return new ImportedEntry(value) { Model = e.Model, Digest = digest, Dataset = e.Dataset, Deployment = e.Deployment };
    }

    /// <summary>The <c>curr_hash</c> a stored entry's payload records as its import origin, if it has one.</summary>
    public static string? OriginalHash(JsonObject payload) =>
        payload?["imported"] is JsonObject imported && imported["curr_hash"] is JsonValue v && v.TryGetValue<string>(out var hash) ? hash : null;

    private static ExternalEvent External(ImportedEvent e, ImportedOrigin origin) => new()
    {
        Kind = e.OriginalType.Length == 0 ? "(none)" : e.OriginalType,
        MappedType = e.Type == ExternalEvent.TypeName ? null : e.Type,
        Details = e.Payload.DeepClone(),
        Imported = origin,
    };
}
