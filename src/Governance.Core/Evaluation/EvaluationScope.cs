using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Provenance;
using Governance.Core.Subjects;

namespace Governance.Core.Evaluation;

/// <summary>Everything one decision looks at: the subject, the evidence and the decision time.</summary>
public sealed class EvaluationScope
{
    private LineageTrace? _lineage;
    private (bool Known, DatasetFlag? Flag) _latestFlag;
    private Dictionary<object, object>? _memo;

    /// <summary>Creates a scope.</summary>
    public EvaluationScope(Subject subject, EvidenceSet evidence, DateTimeOffset time, EvaluationOptions options)
    {
        Subject = subject;
        Evidence = evidence;
        Time = time;
        Options = options;
        Commit = subject.Commit ?? evidence.Context.Commit;
    }

    /// <summary>What is gated.</summary>
    public Subject Subject { get; }

    /// <summary>All evidence.</summary>
    public EvidenceSet Evidence { get; }

    /// <summary>The decision time.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>Trust switches.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>True when every considered item should be explained.</summary>
    public bool Explain => Options.Explain;

    /// <summary>The commit being gated, from the subject or the evidence context.</summary>
    public string? Commit { get; }

    /// <summary>The subject's lineage, traced once on first use.</summary>
    public LineageTrace Lineage => _lineage ??= LineageGraph.Build(Evidence.Training, Evidence.Datasets, Time).Trace(Subject.Digest);

    /// <summary>The latest active flag on any of the subject's sources (approvals before it no longer count), or null.</summary>
    public DatasetFlag? LatestActiveFlag
    {
        get
        {
            if (!_latestFlag.Known)
            {
                _latestFlag = (true, FindLatestActiveFlag());
            }

            return _latestFlag.Flag;
        }
    }

    /// <summary>Why an item cannot be used for a rule (recorded after the decision time, or unsigned where signatures are required), or null.</summary>
    public string? Unusable(IEvidenceItem item, Rule rule)
    {
        if (item.Time > Time)
        {
            return $"recorded after the decision time ({Format.Time(item.Time)})";
        }

        if (item.Origin.IsSigned || !SignedNeeded(rule))
        {
            return null;
        }

        // A GitHub review is not a file anyone can write: it comes from the API under the run's token. It still never
        // satisfies a rule that demands signatures itself (requireSigned: true), only the gate-wide require-signed.
        if (rule.RequireSigned)
        {
            return $"unsigned ({item.Origin.Reference}); this rule needs signed evidence";
        }

        return item.Origin.Source == EvidenceSource.GitHub ? null
            : $"unsigned ({item.Origin.Reference}); require-signed refuses unsigned evidence for enforced rules";
    }

    private DatasetFlag? FindLatestActiveFlag()
    {
        if (Evidence.Flags.Count == 0)
        {
            return null;
        }

        DatasetFlag? latest = null;
        foreach (var source in Lineage.Sources)
        {
            foreach (var flag in ActiveFlags(source.Dataset))
            {
                if (latest is null || flag.Time > latest.Time)
                {
                    latest = flag;
                }
            }
        }

        return latest;
    }

    /// <summary>True when only signed evidence may satisfy <paramref name="rule"/>.</summary>
    public bool SignedNeeded(Rule rule) => rule.RequireSigned || (Options.RequireSignedForEnforce && rule.Mode == RuleMode.Enforce);

    /// <summary>Computes a value once per decision (work that several rules share).</summary>
    internal T Memo<T>(object key, Func<T> compute)
        where T : class
    {
        _memo ??= [];
        if (!_memo.TryGetValue(key, out var value))
        {
            _memo[key] = value = compute();
        }

        return (T)value;
    }

    /// <summary>Active flags on a dataset at the decision time.</summary>
    public IEnumerable<DatasetFlag> ActiveFlags(string dataset)
    {
        foreach (var flag in Evidence.Flags)
        {
            if (flag.Dataset == dataset && flag.Time <= Time && (flag.Cleared is null || flag.Cleared > Time))
            {
                yield return flag;
            }
        }
    }
}
