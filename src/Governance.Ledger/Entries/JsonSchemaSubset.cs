using System.Text.Json;

namespace Governance.Ledger.Entries;

/// <summary>
/// A deliberately small JSON Schema (2020-12) validator for the keywords the ledger schemas use: <c>type</c>,
/// <c>required</c>, <c>properties</c>, <c>additionalProperties</c> (boolean or schema), <c>enum</c>,
/// <c>pattern</c>, <c>items</c>, <c>minLength</c>, <c>minItems</c> and <c>minimum</c>, plus the annotations
/// <c>title</c>, <c>description</c>, <c>$comment</c> and a root <c>$schema</c>/<c>$id</c>. Any other keyword is
/// rejected when the schema is compiled (<see cref="SchemaKeywordException"/>), never ignored (see SchemaKeywords).
/// </summary>
public static class JsonSchemaSubset
{
    /// <summary>
    /// Validates <paramref name="instance"/>; returns error messages prefixed with a JSON path (empty when valid).
    /// Throws <see cref="SchemaKeywordException"/> when <paramref name="schema"/> uses a keyword the engine does not implement.
    /// </summary>
    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement instance, string path = "$") =>
        Validate(SchemaNode.Compile(schema), instance, path);

    /// <summary>Validates against a compiled schema (what <see cref="EntrySchemas"/> keeps).</summary>
    internal static IReadOnlyList<string> Validate(SchemaNode schema, JsonElement instance, string path = "$")
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

    private static bool Check(SchemaNode schema, JsonElement value, string path, List<string>? errors)
    {
        if (!schema.IsObject)
        {
            return true;
        }

        if (schema.RejectsAll)
        {
            errors?.Add($"{path}: no value is allowed here");
            return false;
        }

        if (schema.Types is { } types && !types.Any(t => IsType(t, value)))
        {
            errors?.Add($"{path}: expected {schema.TypeText}, found {value.ValueKind.ToString().ToLowerInvariant()}");
            return false;
        }

        var valid = true;
        if (schema.Enum is { } options && !EnumContains(schema, options, value))
        {
            if (errors is null)
            {
                return false;
            }

            errors.Add($"{path}: must be one of {schema.EnumText}");
            valid = false;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return CheckString(schema, value, path, errors) && valid;
            case JsonValueKind.Number:
                if (schema.Minimum is { } minimum && value.GetDouble() < minimum)
                {
                    errors?.Add($"{path}: below minimum {schema.MinimumText}");
                    return false;
                }

                return valid;
            case JsonValueKind.Array:
                if (schema.MinItems is { } minItems && value.GetArrayLength() < minItems)
                {
                    if (errors is null)
                    {
                        return false;
                    }

                    errors.Add($"{path}: needs at least {minItems} items");
                    valid = false;
                }

                if (schema.Items is { } items)
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

    private static bool EnumContains(SchemaNode schema, JsonElement[] options, JsonElement value)
    {
        if (schema.EnumStrings is { } strings)
        {
            return value.ValueKind == JsonValueKind.String && strings.Any(s => value.ValueEquals(s));
        }

        return options.Any(o => JsonElement.DeepEquals(o, value));
    }

    private static bool CheckString(SchemaNode schema, JsonElement value, string path, List<string>? errors)
    {
        if (schema.MinLength is null && schema.Pattern is null)
        {
            return true;
        }

        Span<char> buffer = stackalloc char[128];
        var text = JsonText.Chars(value, buffer);
        var valid = true;
        if (schema.MinLength is { } minLength && CodePoints(text, minLength) < minLength)
        {
            if (errors is null)
            {
                return false;
            }

            errors.Add($"{path}: shorter than {minLength}");
            valid = false;
        }

        if (schema.Pattern is { } pattern && !pattern.IsMatch(text))
        {
            errors?.Add($"{path}: does not match {schema.PatternText}");
            return false;
        }

        return valid;
    }

    // JSON Schema counts characters as Unicode code points: a surrogate pair is one. Counting stops at the bound.
    internal static int CodePoints(ReadOnlySpan<char> text, int bound)
    {
        if (text.Length < bound)
        {
            return text.Length;
        }

        var count = 0;
        for (var i = 0; i < text.Length && count < bound; i++)
        {
            count++;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        return count;
    }

    private static bool CheckObject(SchemaNode schema, JsonElement value, string path, List<string>? errors)
    {
        var valid = true;
        foreach (var (name, utf8) in schema.Required)
        {
            if (!value.TryGetProperty(utf8, out _))
            {
                if (errors is null)
                {
                    return false;
                }

                errors.Add($"{path}: missing required '{name}'");
                valid = false;
            }
        }

        Span<char> buffer = stackalloc char[64];
        foreach (var member in value.EnumerateObject())
        {
            // Paths are only built when errors are being collected.
            var memberPath = errors is null ? path : $"{path}.{member.Name}";
            bool memberValid;
            if (schema.Properties is { } properties && properties.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(JsonText.Name(member, buffer), out var memberSchema))
            {
                memberValid = Check(memberSchema, member.Value, memberPath, errors);
            }
            else if (schema.ClosedToAdditional)
            {
                errors?.Add($"{memberPath}: property is not allowed");
                memberValid = false;
            }
            else
            {
                memberValid = schema.Additional is not { } additional || Check(additional, member.Value, memberPath, errors);
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
}
