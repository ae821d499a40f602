using System.Text.Json.Nodes;
using Governance.Core.Evaluation;

namespace Governance.Imports.LmEval;

/// <summary>
/// Maps evaluation results to <c>evaluation.recorded/v1</c> entries: one per metric, bound to the model and
/// digest the caller names (the file's own model name is informational), with the harness and task versions kept.
/// </summary>
public static class EvaluationEntries
{
    /// <summary>The entry type every result is recorded as.</summary>
    public const string Type = "evaluation.recorded/v1";

    /// <summary>The entry for one result of <paramref name="model"/> at <paramref name="digest"/>, read from the file named <paramref name="source"/>.</summary>
    public static ImportedEntry Map(ImportedEvaluation e, string model, string digest, string source)
    {
        ArgumentNullException.ThrowIfNull(e);
        var payload = new JsonObject { ["metric"] = e.Metric, ["value"] = e.Value, ["digest"] = digest, ["model"] = model, ["source"] = source };
        Set(payload, "dataset", e.Dataset);
        Set(payload, "harness", e.HarnessVersion is null ? null : "lm-evaluation-harness " + e.HarnessVersion);
        Set(payload, "taskVersion", e.TaskVersion);
        if (e.Stderr is { } stderr)
        {
            payload["stderr"] = stderr;
        }

        if (e.NumFewShot is { } shots)
        {
            payload["numFewShot"] = shots;
        }

        if (e.IsGroup)
        {
            payload["group"] = true;
        }

        if (e.Time is { } time)
        {
            payload["observedAt"] = Format.Time(time);
        }

        return new ImportedEntry(Type, payload) { Model = model, Digest = digest };
    }

    /// <summary>
    /// The first result whose file names a model other than <paramref name="model"/> (a bare name matches an
    /// <c>org/name</c> on either side), or null: worth a warning, since the results are recorded for <paramref name="model"/>.
    /// </summary>
    public static ImportedEvaluation? NamingAnotherModel(IEnumerable<ImportedEvaluation> evaluations, string model)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(model);
        return evaluations.FirstOrDefault(e => e.Model is not null && !Matches(e.Model, model));
    }

    private static void Set(JsonObject payload, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            payload[name] = value;
        }
    }

    private static bool Matches(string fileModel, string model) =>
        fileModel == model || fileModel.EndsWith("/" + model, StringComparison.Ordinal) || model.EndsWith("/" + fileModel, StringComparison.Ordinal);
}
