using System.Collections;
using System.Globalization;
using Governance.Core.Evaluation;

namespace Governance.Expressions.Explain;

/// <summary>Invariant, short renderings of sub-expression values for explanations.</summary>
internal static class ValueText
{
    private const int MaxItems = 5;

    public static string Of(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => Quote(s),
        double d => double.IsNaN(d) ? "NaN (absent)" : Format.Number(d),
        float f => Format.Number(f),
        DateTimeOffset t => Format.Time(t),
        DateTime t => Format.Time(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        IEnumerable items => List(items),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The operator that holds when <paramref name="op"/> is false.</summary>
    public static string Negate(string op) => op switch
    {
        "<" => "≥",
        "<=" => ">",
        ">" => "≤",
        ">=" => "<",
        "==" => "≠",
        "!=" => "=",
        _ => "not " + op,
    };

    /// <summary>The operator with its operands swapped: <c>a &lt; b</c> is <c>b &gt; a</c>.</summary>
    public static string Mirror(string op) => op switch
    {
        "<" => ">",
        "<=" => ">=",
        ">" => "<",
        ">=" => "<=",
        _ => op,
    };

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string List(IEnumerable items)
    {
        var parts = new List<string>();
        var count = 0;
        foreach (var item in items)
        {
            if (count++ < MaxItems)
            {
                parts.Add(Of(item));
            }
        }

        var more = count > MaxItems ? $", … ({count} items)" : "";
        return $"[{string.Join(", ", parts)}{more}]";
    }
}
