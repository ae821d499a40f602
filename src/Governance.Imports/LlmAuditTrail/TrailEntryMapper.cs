using System.Text.Json.Nodes;
using Governance.Core.Evaluation;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// Turns a verified foreign event into an entry of our type when its details fit that type's schema; otherwise,
/// and always for person-made records (approvals, waivers, attestations, whose foreign "owner" is an
/// unauthenticated string and must never count as a signed approval here), into <c>external.event/v1</c>
/// with the mapped type and details kept. Every entry carries <c>imported</c>: the source record's
/// <c>seq</c>, <c>curr_hash</c>, event type and actor, which is also what makes re-imports idempotent.
/// </summary>
/// <param name="schemas">The ledger's payload schemas, deciding whether a mapped payload fits its type.</param>
public sealed class TrailEntryMapper(IPayloadSchemas schemas)
{
    private readonly IPayloadSchemas _schemas = schemas ?? throw new ArgumentNullException(nameof(schemas));

    /// <summary>The entry for one event read from the trail file <paramref name="source"/>.</summary>
    public ImportedEntry Map(ImportedEvent e, string source)
    {
        ArgumentNullException.ThrowIfNull(e);
        var provenance = new JsonObject
        {
            ["format"] = "llm-audit-trail",
            ["source"] = source,
            ["seq"] = e.OriginalSeq,
            ["curr_hash"] = e.OriginalCurrHash,
            ["event_type"] = e.OriginalType.Length == 0 ? "(none)" : e.OriginalType,
            ["event_id"] = e.OriginalEventId,
            ["actor"] = e.Actor,
            ["system"] = e.System,
            ["line"] = e.OriginalLine,
        };
        TrailPayloads.RemoveNulls(provenance, keep: ["seq", "actor", "system"]);
        var (type, payload) = TrailPayloads.Ours(e) is { } mapped && _schemas.Accepts(mapped.Type, mapped.Payload) ? mapped : External(e);
        payload["imported"] = provenance;
        if (e.Time is { } time)
        {
            payload["observedAt"] = Format.Time(time);
        }

        var digest = type.StartsWith("dataset.", StringComparison.Ordinal) ? null : e.Digest;
        return new ImportedEntry(type, payload) { Model = e.Model, Digest = digest, Dataset = e.Dataset, Deployment = e.Deployment };
    }

    /// <summary>The <c>curr_hash</c> an imported entry's payload records, if it is one.</summary>
    public static string? OriginalHash(JsonObject payload) =>
        payload?["imported"] is JsonObject imported && imported["curr_hash"] is JsonValue v && v.TryGetValue<string>(out var hash) ? hash : null;

    private static (string Type, JsonObject Payload) External(ImportedEvent e)
    {
        var payload = new JsonObject { ["kind"] = e.OriginalType.Length == 0 ? "(none)" : e.OriginalType, ["details"] = e.Payload.DeepClone() };
        if (e.Type != LlmAuditTrailMapper.ExternalEventType)
        {
            payload["mappedType"] = e.Type;
        }

        return (LlmAuditTrailMapper.ExternalEventType, payload);
    }
}
