using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Governance.Ledger.Entries;

/// <summary>
/// A deliberately small JSON Schema validator for the keywords the ledger schemas use: <c>type</c>,
/// <c>required</c>, <c>properties</c>, <c>additionalProperties</c> (boolean or schema), <c>enum</c>,
/// <c>pattern</c>, <c>items</c>, <c>minLength</c>, <c>minItems</c> and <c>minimum</c>. Other keywords are ignored.
/// </summary>
public static class JsonSchemaSubset
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>Validates <paramref name="instance"/>; returns error messages prefixed with a JSON path (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement instance, string path = "$")
    {
        var errors = new List<string>();
        Check(schema, instance, path, errors);
        return errors;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, found {value.ValueKind.ToString().ToLowerInvariant()}");
            return;
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: must be one of {options.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                {
                    errors.Add($"{path}: shorter than {minLength.GetInt32()}");
                }

                if (schema.TryGetProperty("pattern", out var pattern) && !Regex(pattern.GetString()!).IsMatch(text))
                {
                    errors.Add($"{path}: does not match {pattern.GetString()}");
                }

                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
                {
                    errors.Add($"{path}: below minimum {minimum.GetRawText()}");
                }

                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                {
                    errors.Add($"{path}: needs at least {minItems.GetInt32()} items");
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(items, item, $"{path}[{i++}]", errors);
                    }
                }

                break;
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
        }
    }

    private static void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}: missing required '{name.GetString()}'");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var member in value.EnumerateObject())
        {
            var memberPath = $"{path}.{member.Name}";
            if (hasProperties && properties.TryGetProperty(member.Name, out var memberSchema))
            {
                Check(memberSchema, member.Value, memberPath, errors);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{memberPath}: property is not allowed");
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, member.Value, memberPath, errors);
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => IsType(t.GetString(), value))
        : IsType(type.GetString(), value);

    private static bool IsType(string? type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) <= 9007199254740991,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static Regex Regex(string pattern) =>
        Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.ECMAScript, TimeSpan.FromSeconds(1)));
}
