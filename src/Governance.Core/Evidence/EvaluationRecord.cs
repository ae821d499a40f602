using Governance.Core.Subjects;

namespace Governance.Core.Evidence;

/// <summary>A measured metric of a model digest, optionally on a named dataset.</summary>
/// <param name="Metric">The metric name, e.g. <c>toxicity_rate</c> or <c>arc_easy/acc</c>.</param>
/// <param name="Value">The measured value.</param>
/// <param name="Dataset">The evaluation dataset, if named.</param>
/// <param name="Digest">The model digest that was evaluated.</param>
/// <param name="Time">When the evaluation was recorded.</param>
/// <param name="Origin">Where it came from and who signed it.</param>
public sealed record EvaluationRecord(
    string Metric,
    double Value,
    string? Dataset,
    Digest Digest,
    DateTimeOffset Time,
    EvidenceOrigin Origin) : IEvidenceItem;
