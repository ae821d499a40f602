namespace Governance.Expressions.Context;

/// <summary><c>Lineage</c>: what the subject was trained from, walking training stages backwards.</summary>
public sealed class LineageInfo
{
    internal LineageInfo(IReadOnlyList<string> sources, IReadOnlyList<string> stages)
    {
        Sources = sources;
        Stages = stages;
    }

    /// <summary>The distinct transitive source dataset ids.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The training stage names on the way, nearest first.</summary>
    public IReadOnlyList<string> Stages { get; }

    /// <summary>True when at least one training stage is recorded.</summary>
    public bool IsRecorded => Stages.Count > 0;
}
