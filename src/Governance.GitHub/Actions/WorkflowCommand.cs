using System.Globalization;
using System.Text;

namespace Governance.GitHub.Actions;

/// <summary>Formats workflow commands with the toolkit's escaping rules (<c>command.ts</c>).</summary>
internal static class WorkflowCommand
{
    /// <summary><c>::name key=value,key=value::message</c>, with properties that have a value only.</summary>
    public static string Format(string name, IEnumerable<KeyValuePair<string, string?>> properties, string message)
    {
        var builder = new StringBuilder("::").Append(name);
        var first = true;
        foreach (var (key, value) in properties)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(first ? ' ' : ',').Append(key).Append('=').Append(EscapeProperty(value));
            first = false;
        }

        return builder.Append("::").Append(EscapeData(message)).ToString();
    }

    /// <summary>The properties of an annotation, in the toolkit's names.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Properties(AnnotationProperties? annotation)
    {
        if (annotation is null)
        {
            yield break;
        }

        yield return new("title", annotation.Title);
        yield return new("file", annotation.File);
        yield return new("line", Number(annotation.Line));
        yield return new("endLine", Number(annotation.EndLine));
        yield return new("col", Number(annotation.Column));
        yield return new("endColumn", Number(annotation.EndColumn));
    }

    /// <summary>Message escaping: <c>%</c>→<c>%25</c>, CR→<c>%0D</c>, LF→<c>%0A</c>.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Property escaping: as data, plus <c>:</c>→<c>%3A</c> and <c>,</c>→<c>%2C</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
