namespace Governance.Core.Evaluation;

/// <summary>The value of a C# condition, or why it could not be computed.</summary>
/// <param name="Value">The boolean value when <paramref name="Error"/> is null.</param>
/// <param name="Error">Why evaluation failed (compile error, disallowed symbol, time budget, exception).</param>
/// <param name="Details">Sub-expression values that decided the result, for <c>--explain</c>.</param>
public sealed record ConditionResult(bool Value, string? Error, IReadOnlyList<string> Details)
{
    /// <summary>A computed value.</summary>
    public static ConditionResult Of(bool value, IReadOnlyList<string>? details = null) => new(value, null, details ?? []);

    /// <summary>A failure, which the evaluator turns into an <c>error</c> outcome (fail closed).</summary>
    public static ConditionResult Failed(string error) => new(false, error, []);
}
