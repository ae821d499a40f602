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
        // Valid input (the common case) is checked without building paths or messages; only invalid input is walked
        // again to collect every error. Both walks apply the same rules: without a list, the first failure returns false.
        if (Check(schema, instance, path, null))
        {
            return [];
        }

        var errors = new List<string>();
        Check(schema, instance, path, errors);
        return errors;
    }

    private static bool Check(JsonElement schema, JsonElement value, string path, List<string>? errors)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors?.Add($"{path}: expected {type.GetRawText()}, found {value.ValueKind.ToString().ToLowerInvariant()}");
            return false;
        }

        var valid = true;
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            if (errors is null)
            {
                return false;
            }

            errors.Add($"{path}: must be one of {options.GetRawText()}");
            valid = false;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                {
                    if (errors is null)
                    {
                        return false;
                    }

                    errors.Add($"{path}: shorter than {minLength.GetInt32()}");
                    valid = false;
                }

                if (schema.TryGetProperty("pattern", out var pattern) && !Regex(pattern.GetString()!).IsMatch(text))
                {
                    errors?.Add($"{path}: does not match {pattern.GetString()}");
                    return false;
                }

                return valid;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
                {
                    errors?.Add($"{path}: below minimum {minimum.GetRawText()}");
                    return false;
                }

                return valid;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                {
                    if (errors is null)
                    {
                        return false;
                    }

                    errors.Add($"{path}: needs at least {minItems.GetInt32()} items");
                    valid = false;
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        var itemPath = errors is null ? path : $"{path}[{i}]";
                        i++;
                        if (!Check(items, item, itemPath, errors))
                        {
                            if (errors is null)
                            {
                                return false;
                            }

                            valid = false;
                        }
                    }
                }

                return valid;
            case JsonValueKind.Object:
                return CheckObject(schema, value, path, errors) && valid;
            default:
                return valid;
        }
    }

    private static bool CheckObject(JsonElement schema, JsonElement value, string path, List<string>? errors)
    {
        var valid = true;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    if (errors is null)
                    {
                        return false;
                    }

                    errors.Add($"{path}: missing required '{name.GetString()}'");
                    valid = false;
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var member in value.EnumerateObject())
        {
            // Paths are only built when errors are being collected.
            var memberPath = errors is null ? path : $"{path}.{member.Name}";
            bool memberValid;
            if (hasProperties && properties.TryGetProperty(member.Name, out var memberSchema))
            {
                memberValid = Check(memberSchema, member.Value, memberPath, errors);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                errors?.Add($"{memberPath}: property is not allowed");
                memberValid = false;
            }
            else
            {
                memberValid = !hasAdditional || additional.ValueKind != JsonValueKind.Object || Check(additional, member.Value, memberPath, errors);
            }

            if (!memberValid)
            {
                if (errors is null)
                {
                    return false;
                }

                valid = false;
            }
        }

        return valid;
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
