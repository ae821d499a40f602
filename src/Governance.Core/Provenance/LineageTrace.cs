using Governance.Core.Evidence;
using Governance.Core.Subjects;

namespace Governance.Core.Provenance;

/// <summary>Everything a model was trained from, found by walking training stages backwards.</summary>
/// <param name="Model">The traced model digest.</param>
/// <param name="Stages">Every training stage on the way, nearest first.</param>
/// <param name="Sources">Every source dataset reached, with the stage that consumed it.</param>
/// <param name="UnknownModels">Parent model digests no recorded stage produced (lineage not recorded).</param>
public sealed record LineageTrace(
    Digest Model,
    IReadOnlyList<TrainingRecord> Stages,
    IReadOnlyList<LineageSource> Sources,
    IReadOnlyList<LineageSource> UnknownModels)
{
    /// <summary>The distinct source dataset ids.</summary>
    public IEnumerable<string> DatasetIds => Sources.Select(s => s.Dataset).Distinct(StringComparer.Ordinal);
}
