namespace Governance.Expressions.Context;

/// <summary>An active dataset flag.</summary>
public sealed class Flag
{
    internal Flag(string dataset, string reason, DateTimeOffset time)
    {
        Dataset = dataset;
        Reason = reason;
        Time = time;
    }

    /// <summary>The flagged dataset id.</summary>
    public string Dataset { get; }

    /// <summary>Why it was flagged.</summary>
    public string Reason { get; }

    /// <summary>When it was flagged.</summary>
    public DateTimeOffset Time { get; }

    /// <inheritdoc />
    public override string ToString() => Dataset;
}
