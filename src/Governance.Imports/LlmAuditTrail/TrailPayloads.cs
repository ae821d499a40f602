using System.Text.Json.Nodes;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>The payload of our type for a foreign event's details, before the schema decides whether it fits.</summary>
internal static class TrailPayloads
{
    public static (string Type, JsonObject Payload)? Ours(ImportedEvent e)
    {
        var d = e.Payload;
        JsonObject? payload = e.Type switch
        {
            "dataset.registered/v1" when e.Dataset is not null => Obj(("id", e.Dataset), ("digest", e.Digest), ("uri", d["source"]), ("license", d["license"]),
                ("version", d["version"]), ("rows", d["rows"]), ("owner", d["owner"]), ("datasheet", d["datasheet_url"]), ("pii", d["pii_residual_risk"])),
            "training.started/v1" => Obj(("stage", d["stage"] ?? e.OriginalType), ("inputs", Inputs(e)), ("parameters", d.DeepClone())),
            "training.completed/v1" when e.Digest is not null => Obj(("stage", d["stage"] ?? e.OriginalType), ("inputs", Inputs(e) ?? []), ("output", e.Digest), ("metrics", d.DeepClone())),
            "evaluation.recorded/v1" when e.Digest is not null => Obj(("metric", d["metric"]), ("value", d["value"]), ("dataset", d["dataset"] ?? e.Dataset), ("digest", e.Digest)),
            "deployment.completed/v1" or "deployment.rolled_back/v1" when e.Digest is not null && e.Model is not null =>
                Obj(("environment", d["environment"] ?? e.Deployment), ("model", e.Model), ("digest", e.Digest)),
            "monitoring.reported/v1" => Obj(("metric", d["metric"]), ("value", d["value"]), ("environment", d["environment"]), ("digest", e.Digest)),
            "incident.opened/v1" => Obj(("id", d["id"] ?? e.OriginalEventId), ("summary", d["summary"] ?? d["description"]), ("digest", e.Digest)),
            "dataset.flagged/v1" when e.Dataset is not null => Obj(("dataset", e.Dataset), ("reason", d["reason"])),
            _ => null,
        };
        return payload is null ? null : (e.Type, payload);
    }

    public static void RemoveNulls(JsonObject o, string[] keep)
    {
        foreach (var name in o.Where(p => p.Value is null && !keep.Contains(p.Key)).Select(p => p.Key).ToList())
        {
            o.Remove(name);
        }
    }

    private static JsonArray? Inputs(ImportedEvent e) =>
        e.Dataset is null ? null : [new JsonObject { ["id"] = e.Dataset, ["kind"] = "dataset" }];

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
}
