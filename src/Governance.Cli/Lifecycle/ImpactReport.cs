using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Evaluation;

namespace Governance.Cli.Lifecycle;

/// <summary>
/// The answer to "which models and deployments depend on dataset X": every model digest whose transitive
/// lineage reaches the dataset (with the stage that consumed it), and every deployment of those digests.
/// </summary>
/// <param name="Dataset">The dataset id.</param>
/// <param name="Flagged">True while an uncleared flag names it.</param>
/// <param name="Models">Affected models, by recording order of the stage that produced them.</param>
/// <param name="Deployments">Deployments of affected digests, oldest first.</param>
internal sealed record ImpactReport(string Dataset, bool Flagged, IReadOnlyList<ImpactModel> Models, IReadOnlyList<ImpactDeployment> Deployments)
{
    /// <summary>Builds the report.</summary>
    public static ImpactReport Build(LineageIndex index, string dataset)
    {
        ArgumentNullException.ThrowIfNull(index);
        var producedAt = index.Evidence.Training.GroupBy(t => t.Output).ToDictionary(g => g.Key, g => g.Min(t => t.Time));
        var models = new List<ImpactModel>();
        foreach (var digest in index.Graph.Models.OrderBy(d => producedAt[d]).ThenBy(d => d.Value, StringComparer.Ordinal))
        {
            var hits = index.Graph.Trace(digest).Sources.Where(s => s.Dataset == dataset).ToList();
            if (hits.Count > 0)
            {
                var stages = hits.Select(h => h.Stage).Distinct(StringComparer.Ordinal).ToList();
                models.Add(new ImpactModel(digest, index.NameOf(digest), stages, hits.Any(h => h.Consumer == digest)));
            }
        }

        var affected = models.Select(m => m.Digest).ToHashSet();
        var deployments = index.Evidence.Deployments.Where(d => affected.Contains(d.Digest)).OrderBy(d => d.Time)
            .Select(d => new ImpactDeployment(d.Environment, d.Model, d.Digest, d.Time, d.Origin.Reference)).ToList();
        var flagged = index.Evidence.Flags.Any(f => f.Dataset == dataset && f.Cleared is null);
        return new ImpactReport(dataset, flagged, models, deployments);
    }

    /// <summary>Writes the report for people.</summary>
    public void WriteText(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"dataset {Dataset}{(Flagged ? " (FLAGGED)" : "")}: {Models.Count} model(s), {Deployments.Count} deployment(s) downstream");
        foreach (var m in Models)
        {
            var how = m.Direct ? "trained on it in" : "inherits it from";
            output.WriteLine($"  model {(m.Name is null ? "" : m.Name + " ")}{m.Digest.Value} ({how} {string.Join(", ", m.Stages)})");
        }

        foreach (var d in Deployments)
        {
            output.WriteLine($"  deployment {d.Environment} {d.Model} {d.Digest.Value} at {Format.Time(d.Time)} [{d.Reference}]");
        }
    }

    /// <summary>The JSON document (documented in <c>docs/lifecycle.md</c>).</summary>
    public string ToJson() => new JsonObject
    {
        ["dataset"] = Dataset,
        ["flagged"] = Flagged,
        ["models"] = new JsonArray([.. Models.Select(m => (JsonNode)new JsonObject
        {
            ["digest"] = m.Digest.Value,
            ["name"] = m.Name,
            ["stages"] = new JsonArray([.. m.Stages.Select(s => (JsonNode)JsonValue.Create(s))]),
            ["direct"] = m.Direct,
        })]),
        ["deployments"] = new JsonArray([.. Deployments.Select(d => (JsonNode)new JsonObject
        {
            ["environment"] = d.Environment,
            ["model"] = d.Model,
            ["digest"] = d.Digest.Value,
            ["time"] = Format.Time(d.Time),
            ["entry"] = d.Reference,
        })]),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
