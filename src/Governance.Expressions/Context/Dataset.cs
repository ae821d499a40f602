namespace Governance.Expressions.Context;

/// <summary>A registered dataset.</summary>
public sealed class Dataset
{
    internal Dataset(string id, string? digest, DateTimeOffset time, bool isFlagged)
    {
        Id = id;
        Digest = digest;
        Time = time;
        IsFlagged = isFlagged;
    }

    /// <summary>The dataset id, e.g. <c>ds:support-2026-05</c>.</summary>
    public string Id { get; }

    /// <summary>Its content digest, or null when unknown.</summary>
    public string? Digest { get; }

    /// <summary>When it was registered.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>True when an active flag is on it at the decision time.</summary>
    public bool IsFlagged { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
