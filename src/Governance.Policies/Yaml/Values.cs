using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Core.Durations;
using Governance.Core.Subjects;
using Governance.Policies.Diagnostics;

namespace Governance.Policies.Yaml;

/// <summary>Typed reads of single nodes; each failure becomes a diagnostic at the node.</summary>
internal static partial class Values
{
    /// <summary>A string scalar (optionally matching a pattern), or null after a diagnostic.</summary>
    public static string? String(YamlNode? node, string what, List<Diagnostic> diagnostics, Regex? pattern = null, string? expected = null)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalar { IsString: true } scalar)
        {
            diagnostics.Add(new(node.Location, $"{what} must be a string, not {node.Describe()}{QuoteHint(node)}"));
            return null;
        }

        if (scalar.Value.Length == 0)
        {
            diagnostics.Add(new(scalar.ContentLocation, $"{what} must not be empty"));
            return null;
        }

        if (pattern is not null && !pattern.IsMatch(scalar.Value))
        {
            diagnostics.Add(new(scalar.ContentLocation, $"{what} must be {expected ?? "match " + pattern}, not '{scalar.Value}'"));
            return null;
        }

        return scalar.Value;
    }

    /// <summary>A boolean scalar.</summary>
    public static bool? Bool(YamlNode? node, string what, List<Diagnostic> diagnostics)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { Bool: { } value })
        {
            return value;
        }

        diagnostics.Add(new(node.Location, $"{what} must be true or false, not {node.Describe()}"));
        return null;
    }

    /// <summary>A finite number, optionally at least <paramref name="minimum"/>.</summary>
    public static double? Number(YamlNode? node, string what, List<Diagnostic> diagnostics, double? minimum = null)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalar { Number: { } value } || !double.IsFinite(value))
        {
            diagnostics.Add(new(node.Location, $"{what} must be a number, not {node.Describe()}"));
            return null;
        }

        if (value < minimum)
        {
            diagnostics.Add(new(node.Location, $"{what} must be at least {minimum.Value.ToString(CultureInfo.InvariantCulture)}, not {((YamlScalar)node).Value}"));
            return null;
        }

        return value;
    }

    /// <summary>A whole number, optionally at least <paramref name="minimum"/>.</summary>
    public static int? Integer(YamlNode? node, string what, List<Diagnostic> diagnostics, int? minimum = null)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalar { Number: { } value } || value != Math.Floor(value) || Math.Abs(value) > int.MaxValue)
        {
            diagnostics.Add(new(node.Location, $"{what} must be a whole number, not {Show(node)}"));
            return null;
        }

        if (value < minimum)
        {
            diagnostics.Add(new(node.Location, $"{what} must be at least {minimum}, not {((YamlScalar)node).Value}"));
            return null;
        }

        return (int)value;
    }

    /// <summary>A list of non-empty strings.</summary>
    public static IReadOnlyList<string>? StringList(YamlNode? node, string what, List<Diagnostic> diagnostics, int minItems = 0)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequence sequence)
        {
            diagnostics.Add(new(node.Location, $"{what} must be a list of strings, not {node.Describe()}"));
            return null;
        }

        if (sequence.Items.Count < minItems)
        {
            diagnostics.Add(new(node.Location, $"{what} must list at least {minItems} item{(minItems == 1 ? "" : "s")}"));
            return null;
        }

        var list = new List<string>(sequence.Items.Count);
        var ok = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = String(sequence.Items[i], $"{what}[{i}]", diagnostics);
            ok &= item is not null;
            list.Add(item ?? "");
        }

        return ok ? list : null;
    }

    /// <summary>A duration such as <c>30m</c>, <c>12h</c>, <c>14d</c>, <c>2w</c>.</summary>
    public static TimeSpan? Duration(YamlNode? node, string what, List<Diagnostic> diagnostics)
    {
        var text = String(node, what, diagnostics, DurationPattern(), "a duration such as 30m, 12h, 14d or 2w");
        if (text is null)
        {
            return null;
        }

        if (!DurationText.TryParse(text, out var duration))
        {
            diagnostics.Add(new(((YamlScalar)node!).ContentLocation, $"{what} '{text}' is out of range"));
            return null;
        }

        return duration;
    }

    /// <summary>A digest <c>sha256:&lt;64 lowercase hex&gt;</c>.</summary>
    public static Digest? Digest(YamlNode? node, string what, List<Diagnostic> diagnostics)
    {
        var text = String(node, what, diagnostics, DigestPattern(), "a digest sha256:<64 lowercase hex digits>");
        return text is null ? null : Core.Subjects.Digest.Parse(text);
    }

    /// <summary>An RFC 3339 time with a zone offset.</summary>
    public static DateTimeOffset? Time(YamlNode? node, string what, List<Diagnostic> diagnostics)
    {
        var text = String(node, what, diagnostics, TimePattern(), "an RFC 3339 time with a zone, e.g. 2026-11-22T09:00:00Z");
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var time))
        {
            diagnostics.Add(new(((YamlScalar)node!).ContentLocation, $"{what} '{text}' is not a valid time"));
            return null;
        }

        return time;
    }

    /// <summary>Lists choices for messages: <c>'a', 'b' or 'c'</c>.</summary>
    public static string OneOf(IReadOnlyList<string> choices) => choices.Count switch
    {
        0 => "nothing",
        1 => $"'{choices[0]}'",
        _ => string.Join(", ", choices.Take(choices.Count - 1).Select(c => $"'{c}'")) + $" or '{choices[^1]}'",
    };

    private static string Show(YamlNode node) => node is YamlScalar { Type: not YamlScalarType.String } s ? s.Value : node.Describe();

    private static string QuoteHint(YamlNode node) =>
        node is YamlScalar { Type: YamlScalarType.Number or YamlScalarType.Bool } ? " (quote it to make it a string)" : "";

    /// <summary>The duration pattern of the published schema.</summary>
    [GeneratedRegex("^[1-9][0-9]*[mhdw]$", RegexOptions.CultureInvariant)]
    public static partial Regex DurationPattern();

    /// <summary>The digest pattern of the published schema.</summary>
    [GeneratedRegex("^sha256:[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    public static partial Regex DigestPattern();

    /// <summary>The RFC 3339 time pattern of the published schema.</summary>
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    public static partial Regex TimePattern();
}
