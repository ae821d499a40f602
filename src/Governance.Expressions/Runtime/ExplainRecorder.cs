using System.ComponentModel;
using Governance.Expressions.Explain;

namespace Governance.Expressions.Runtime;

/// <summary>Collects the sub-expression values that decided a false expression; called by generated explain methods.</summary>
/// <remarks>Infrastructure for generated code; not part of the expression language itself.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ExplainRecorder
{
    private readonly List<string> _lines = [];

    internal IReadOnlyList<string> Lines => _lines;

    /// <summary>Records a comparison that was false, with the operator that did hold:
    /// <c>Evaluations.Latest("latency_p95_ms") = 912 ≥ 800</c>.</summary>
    /// <param name="left">The left operand's source text.</param>
    /// <param name="leftValue">Its value.</param>
    /// <param name="leftLiteral">True when the left operand is a literal (its value is not repeated).</param>
    /// <param name="op">The source operator, e.g. <c>&lt;</c>.</param>
    /// <param name="right">The right operand's source text.</param>
    /// <param name="rightValue">Its value.</param>
    /// <param name="rightLiteral">True when the right operand is a literal.</param>
    public void Compare(string left, object? leftValue, bool leftLiteral, string op, string right, object? rightValue, bool rightLiteral)
    {
        if (leftValue is double.NaN || rightValue is double.NaN)
        {
            var absent = leftValue is double.NaN ? left : right;
            _lines.Add($"{absent} = NaN (absent), so `{left} {op} {right}` is false");
            return;
        }

        var line = (leftLiteral, rightLiteral) switch
        {
            (true, true) => $"{left} {ValueText.Negate(op)} {right}",
            (true, false) => $"{right} = {ValueText.Of(rightValue)} {ValueText.Negate(ValueText.Mirror(op))} {left}",
            (false, true) => $"{left} = {ValueText.Of(leftValue)} {ValueText.Negate(op)} {right}",
            (false, false) => $"{left} = {ValueText.Of(leftValue)} {ValueText.Negate(op)} {ValueText.Of(rightValue)} = {right}",
        };
        _lines.Add(line);
    }

    /// <summary>Records the value of a boolean sub-expression: <c>Attestations.Has("…") is false</c>.</summary>
    /// <param name="text">The sub-expression's source text.</param>
    /// <param name="value">Its value.</param>
    public void Fact(string text, object? value) =>
        _lines.Add(value is bool b ? $"{text} is {(b ? "true" : "false")}" : $"{text} = {ValueText.Of(value)}");

    /// <summary>Records a value that did not match a pattern: <c>Model.Labels["size"] = "xl", not s or m</c>.</summary>
    /// <param name="text">The tested expression's source text.</param>
    /// <param name="value">Its value.</param>
    /// <param name="pattern">The pattern's source text.</param>
    public void Mismatch(string text, object? value, string pattern) =>
        _lines.Add($"{text} = {ValueText.Of(value)}, which is not {pattern}");

    /// <summary>Records that the explanation could not be computed.</summary>
    internal void Unavailable(string reason) => _lines.Add($"(explanation unavailable: {reason})");
}
