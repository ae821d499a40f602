using System.Text.RegularExpressions;
using Governance.Core.Policies;
using Governance.Policies.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Governance.Policies.Yaml;

/// <summary>
/// Parses one YAML (or JSON) document into a <see cref="YamlNode"/> tree with locations, enforcing
/// <see cref="YamlLimits"/>, one document per file and unique keys. Never throws for bad input.
/// </summary>
internal static partial class YamlDocumentReader
{
    /// <summary>Reads and parses a file; null with diagnostics when it cannot be read or parsed.</summary>
    public static YamlNode? ReadFile(string path, List<Diagnostic> diagnostics)
    {
        var bytes = TextDecoder.ReadFile(path, diagnostics);
        return bytes is null ? null : Parse(path, bytes, diagnostics);
    }

    /// <summary>Parses file content; null with diagnostics when it is not one well-formed document.</summary>
    public static YamlNode? Parse(string path, byte[] content, List<Diagnostic> diagnostics)
    {
        var text = TextDecoder.Decode(path, content, diagnostics);
        if (text is null)
        {
            return null;
        }

        var builder = new YamlTreeBuilder(path, text);
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (!builder.Accept(parser.Current!))
                {
                    break;
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new(Locate(path, ex.Start), CleanMessage(ex.Message)));
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(new(new SourceLocation(path, 0, 0), $"cannot parse YAML: {ex.Message}"));
            return null;
        }

        if (builder.Error is { } error)
        {
            diagnostics.Add(error);
            return null;
        }

        if (builder.Root is null)
        {
            diagnostics.Add(new(new SourceLocation(path, 0, 0), "file is empty"));
        }

        return builder.Root;
    }

    /// <summary>Converts a YamlDotNet mark to a location (YamlDotNet marks are 1-based).</summary>
    public static SourceLocation Locate(string path, Mark mark) =>
        new(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string CleanMessage(string message)
    {
        var cleaned = MarkPrefix().Replace(message, "");
        return cleaned.Length == 0 ? "invalid YAML" : "invalid YAML: " + char.ToLowerInvariant(cleaned[0]) + cleaned[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex MarkPrefix();
}
