using System.Globalization;
using System.Text.Json;

namespace Governance.GitHub.Events;

/// <summary>Null-tolerant reads of nested payload fields.</summary>
internal static class JsonFields
{
    /// <summary>The element at a property path, or null when any step is missing or JSON null.</summary>
    public static JsonElement? At(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current) || current.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>A string (numbers and booleans rendered invariantly), or null.</summary>
    public static string? Text(JsonElement element, params string[] path) => At(element, path) switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    /// <summary>An integer, or null.</summary>
    public static long? Integer(JsonElement element, params string[] path) =>
        At(element, path) is { ValueKind: JsonValueKind.Number } e && e.TryGetInt64(out var value) ? value
        : long.TryParse(Text(element, path), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;

    /// <summary>A boolean, or false.</summary>
    public static bool Flag(JsonElement element, params string[] path) => At(element, path)?.ValueKind == JsonValueKind.True;
}
