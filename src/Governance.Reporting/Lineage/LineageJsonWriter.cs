using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Evaluation;

using Governance.Events.Lineage;

namespace Governance.Reporting.Lineage;

/// <summary>Renders a lineage as stable JSON (documented in <c>docs/lifecycle.md</c>).</summary>
public static class LineageJsonWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON document.</summary>
    public static string ToJson(LineageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var root = new JsonObject
        {
            ["model"] = report.Model.Name,
            ["digest"] = report.Model.Digest,
            ["models"] = Array(report.Models.Select(m => new JsonObject
            {
                ["digest"] = m.Digest,
                ["name"] = m.Name,
                ["recorded"] = m.Recorded,
                ["evidence"] = Notes(m.Notes),
            })),
            ["stages"] = Array(report.Stages.Select(s => new JsonObject
            {
                ["stage"] = s.Stage,
                ["kind"] = s.Kind,
                ["output"] = s.Output,
                ["entry"] = s.Reference,
                ["time"] = Format.Time(s.Time),
                ["parents"] = Array(s.Parents.Select(p => (JsonNode)JsonValue.Create(p))),
                ["datasets"] = Array(s.Datasets.Select(d => new JsonObject
                {
                    ["id"] = d.Id,
                    ["pinned"] = d.Pinned,
                    ["weight"] = d.Weight,
                    ["replay"] = d.Replay,
                    ["flagged"] = d.Flagged,
                    ["evidence"] = Notes(d.Notes),
                })),
            })),
            ["sources"] = Array(report.Stages.SelectMany(s => s.Datasets).Select(d => d.Id).Distinct(StringComparer.Ordinal).Select(id => (JsonNode)JsonValue.Create(id))),
        };
        return root.ToJsonString(Indented);
    }

    private static JsonArray Notes(IEnumerable<LineageNote> notes) => Array(notes.Select(n => new JsonObject
    {
        ["kind"] = n.Kind,
        ["summary"] = n.Summary,
        ["entry"] = n.Reference.Length == 0 ? null : n.Reference,
        ["time"] = n.Time is { } t ? Format.Time(t) : null,
    }));

    private static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);
}
