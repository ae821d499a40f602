using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Evaluation;
using Governance.Ledger.Entries;
using Governance.Ledger.Imports;

namespace Governance.Cli.Imports;

/// <summary>
/// Turns a verified foreign event into a draft of our type when its details fit that type's schema; otherwise,
/// and always for person-made records (approvals, waivers, attestations, whose foreign "owner" is an
/// unauthenticated string and must never count as a signed approval here), into <c>external.event/v1</c>
/// with the mapped type and details kept. Every draft carries <c>imported</c>: the source record's
/// <c>seq</c>, <c>curr_hash</c>, event type and actor, which is also what makes re-imports idempotent.
/// </summary>
internal static class ImportedEntries
{
    /// <summary>The draft for one event, recorded by <paramref name="actor"/>.</summary>
    public static EntryDraft Draft(ImportedEvent e, string source, EntryActor actor)
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
        RemoveNulls(provenance, keep: ["seq", "actor", "system"]);
        var (type, payload) = Ours(e) is { } mapped && Fits(mapped.Type, mapped.Payload) ? mapped : External(e);
        payload["imported"] = provenance;
        if (e.Time is { } time)
        {
            payload["observedAt"] = Format.Time(time);
        }

        var digest = type.StartsWith("dataset.", StringComparison.Ordinal) ? null : e.Digest;
        return new EntryDraft(type, actor, new EntrySubject(e.Model, digest, e.Dataset, e.Deployment), payload);
    }

    /// <summary>The <c>curr_hash</c> an imported entry's payload records, if it is one.</summary>
    public static string? OriginalHash(JsonObject payload) =>
        payload?["imported"] is JsonObject imported && imported["curr_hash"] is JsonValue v && v.TryGetValue<string>(out var hash) ? hash : null;

    private static (string Type, JsonObject Payload)? Ours(ImportedEvent e)
    {
        var d = e.Payload;
        JsonObject? payload = e.Type switch
        {
            EntryTypes.DatasetRegistered when e.Dataset is not null => Obj(("id", e.Dataset), ("digest", e.Digest), ("uri", d["source"]), ("license", d["license"]),
                ("version", d["version"]), ("rows", d["rows"]), ("owner", d["owner"]), ("datasheet", d["datasheet_url"]), ("pii", d["pii_residual_risk"])),
            EntryTypes.TrainingStarted => Obj(("stage", d["stage"] ?? e.OriginalType), ("inputs", Inputs(e)), ("parameters", d.DeepClone())),
            EntryTypes.TrainingCompleted when e.Digest is not null => Obj(("stage", d["stage"] ?? e.OriginalType), ("inputs", Inputs(e) ?? []), ("output", e.Digest), ("metrics", d.DeepClone())),
            EntryTypes.EvaluationRecorded when e.Digest is not null => Obj(("metric", d["metric"]), ("value", d["value"]), ("dataset", d["dataset"] ?? e.Dataset), ("digest", e.Digest)),
            EntryTypes.DeploymentCompleted or EntryTypes.DeploymentRolledBack when e.Digest is not null && e.Model is not null =>
                Obj(("environment", d["environment"] ?? e.Deployment), ("model", e.Model), ("digest", e.Digest)),
            EntryTypes.MonitoringReported => Obj(("metric", d["metric"]), ("value", d["value"]), ("environment", d["environment"]), ("digest", e.Digest)),
            EntryTypes.IncidentOpened => Obj(("id", d["id"] ?? e.OriginalEventId), ("summary", d["summary"] ?? d["description"]), ("digest", e.Digest)),
            EntryTypes.DatasetFlagged when e.Dataset is not null => Obj(("dataset", e.Dataset), ("reason", d["reason"])),
            _ => null,
        };
        return payload is null ? null : (e.Type, payload);
    }

    private static (string Type, JsonObject Payload) External(ImportedEvent e)
    {
        var payload = new JsonObject { ["kind"] = e.OriginalType.Length == 0 ? "(none)" : e.OriginalType, ["details"] = e.Payload.DeepClone() };
        if (e.Type != EntryTypes.ExternalEvent)
        {
            payload["mappedType"] = e.Type;
        }

        return (EntryTypes.ExternalEvent, payload);
    }

    private static JsonArray? Inputs(ImportedEvent e) =>
        e.Dataset is null ? null : [new JsonObject { ["id"] = e.Dataset, ["kind"] = "dataset" }];

    private static bool Fits(string type, JsonObject payload) =>
        EntrySchemas.ValidatePayload(type, JsonSerializer.SerializeToElement(payload)) is { Count: 0 };

    private static JsonObject Obj(params (string Name, object? Value)[] members)
    {
        var o = new JsonObject();
        foreach (var (name, value) in members)
        {
            o[name] = value switch
            {
                null => null,
                JsonNode node => node.Parent is null ? node : node.DeepClone(),
                string s => s,
                _ => null,
            };
        }

        RemoveNulls(o, keep: []);
        return o;
    }

    private static void RemoveNulls(JsonObject o, string[] keep)
    {
        foreach (var name in o.Where(p => p.Value is null && !keep.Contains(p.Key)).Select(p => p.Key).ToList())
        {
            o.Remove(name);
        }
    }
}
