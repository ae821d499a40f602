namespace Governance.Core.Policies;

/// <summary>The latest evaluation of a metric must meet thresholds, be fresh, and not regress from what is live.</summary>
/// <param name="Metric">The metric name.</param>
/// <param name="Dataset">The evaluation dataset, when the rule names one.</param>
/// <param name="Min">Lowest acceptable value.</param>
/// <param name="Max">Highest acceptable value.</param>
/// <param name="MaxAge">The latest record must be younger than this at decision time.</param>
/// <param name="NoRegressionFrom">Environment whose live model is the baseline.</param>
/// <param name="Tolerance">How far worse than the baseline is still acceptable.</param>
/// <param name="HigherIsBetter">Direction for regression; by default lower is better only when just <paramref name="Max"/> is set.</param>
public sealed record EvaluationRequirement(
    string Metric,
    string? Dataset = null,
    double? Min = null,
    double? Max = null,
    TimeSpan? MaxAge = null,
    string? NoRegressionFrom = null,
    double Tolerance = 0,
    bool? HigherIsBetter = null) : Requirement
{
    /// <inheritdoc />
    public override string Kind => "evaluation";

    /// <summary>The direction used for regression checks.</summary>
    public bool IsHigherBetter => HigherIsBetter ?? !(Max is not null && Min is null);
}
