using Governance.Core.Evaluation;
using Governance.Events.Catalogue;

namespace Governance.Imports.LmEval;

/// <summary>
/// Maps evaluation results to <see cref="EvaluationRecorded"/> entries: one per metric, bound to the model and
/// digest the caller names (the file's own model name is informational), with the harness and task versions kept.
/// </summary>
public static class EvaluationEntries
{
    /// <summary>The entry for one result of <paramref name="model"/> at <paramref name="digest"/>, read from the file named <paramref name="source"/>.</summary>
    public static ImportedEntry Map(ImportedEvaluation e, string model, string digest, string source)
    {
        ArgumentNullException.ThrowIfNull(e);
        var value = new EvaluationRecorded
        {
            Metric = e.Metric,
            Value = e.Value,
            Digest = digest,
            Model = model,
            Source = source,
            Dataset = NullIfEmpty(e.Dataset),
            Harness = e.HarnessVersion is null ? null : "lm-evaluation-harness " + e.HarnessVersion,
            TaskVersion = NullIfEmpty(e.TaskVersion),
            Stderr = e.Stderr,
            NumFewShot = e.NumFewShot,
            Group = e.IsGroup ? true : null,
            ObservedAt = e.Time is { } time ? Format.Time(time) : null,
        };
        return new ImportedEntry(value) { Model = model, Digest = digest };
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

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static bool Matches(string fileModel, string model) =>
        fileModel == model || fileModel.EndsWith("/" + model, StringComparison.Ordinal) || model.EndsWith("/" + fileModel, StringComparison.Ordinal);
}
