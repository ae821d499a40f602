namespace Governance.Expressions;

/// <summary>Options of the C# condition engine.</summary>
public sealed record ExpressionOptions
{
    /// <summary>The defaults: cache under <c>GOVERNANCE_CACHE</c> or <c>~/.cache/governance</c>, 2 s and 512 MiB per decision.</summary>
    public static ExpressionOptions Default { get; } = new();

    /// <summary>Where compiled policy sets are cached; null for <c>$GOVERNANCE_CACHE</c>, else <c>~/.cache/governance</c>.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Total time all expressions of one decision may run; past it the expression fails closed (default 2 s).</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Bytes an expression may allocate before it fails closed (default 512 MiB).</summary>
    public long MemoryBudgetBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The clock used to measure the budget; null for <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
