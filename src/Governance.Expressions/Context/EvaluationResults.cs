using Governance.Core.Evidence;

namespace Governance.Expressions.Context;

/// <summary><c>Evaluations</c>: metrics recorded for the subject's exact digest and usable for the rule.</summary>
public sealed class EvaluationResults
{
    private readonly IReadOnlyList<EvaluationRecord> _records;

    internal EvaluationResults(IReadOnlyList<EvaluationRecord> records) => _records = records;

    /// <summary>The most recent value of <paramref name="metric"/>, or <see cref="double.NaN"/> when there is none.</summary>
    /// <remarks>Every comparison with NaN is false, so <c>Latest("x") &lt; 800</c> fails when nothing was measured.</remarks>
    public double Latest(string metric) => Find(metric, null)?.Value ?? double.NaN;

    /// <summary>The most recent value of <paramref name="metric"/> on <paramref name="dataset"/>, or NaN.</summary>
    public double Latest(string metric, string dataset) => Find(metric, dataset)?.Value ?? double.NaN;

    /// <summary>True when <paramref name="metric"/> was recorded for the subject.</summary>
    public bool Has(string metric) => Find(metric, null) is not null;

    /// <summary>True when <paramref name="metric"/> was recorded on <paramref name="dataset"/>.</summary>
    public bool Has(string metric, string dataset) => Find(metric, dataset) is not null;

    /// <summary>The distinct metric names recorded for the subject.</summary>
    public IReadOnlyList<string> Metrics => [.. _records.Select(r => r.Metric).Distinct(StringComparer.Ordinal)];

    /// <summary>The number of usable evaluation records.</summary>
    public int Count => _records.Count;

    private EvaluationRecord? Find(string metric, string? dataset)
    {
        EvaluationRecord? latest = null;
        foreach (var record in _records)
        {
            if (record.Metric == metric && (dataset is null || record.Dataset == dataset) && (latest is null || record.Time >= latest.Time))
            {
                latest = record;
            }
        }

        return latest;
    }
}
