using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Evaluation;
using Governance.Events.Lineage;

namespace Governance.Reporting.Lineage;

/// <summary>Renders an impact report as JSON (documented in <c>docs/lifecycle.md</c>).</summary>
public static class ImpactJsonWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The JSON document.</summary>
    public static string ToJson(ImpactReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["dataset"] = report.Dataset,
            ["flagged"] = report.Flagged,
            ["models"] = new JsonArray([.. report.Models.Select(m => (JsonNode)new JsonObject
            {
                ["digest"] = m.Digest.Value,
                ["name"] = m.Name,
                ["stages"] = new JsonArray([.. m.Stages.Select(s => (JsonNode)JsonValue.Create(s))]),
                ["direct"] = m.Direct,
            })]),
            ["deployments"] = new JsonArray([.. report.Deployments.Select(d => (JsonNode)new JsonObject
            {
                ["environment"] = d.Environment,
                ["model"] = d.Model,
                ["digest"] = d.Digest.Value,
                ["time"] = Format.Time(d.Time),
                ["entry"] = d.Reference,
            })]),
        }.ToJsonString(Indented);
    }
}
