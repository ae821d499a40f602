using System.Collections.Frozen;
using System.Text.Json;

namespace Governance.Ledger.Entries;

/// <summary>
/// The JSON Schema 2020-12 keywords the ledger's schema engine implements, and the shape each keyword's value must
/// have. Every keyword of a subschema is checked when it is compiled: anything else is an error, never ignored.
/// </summary>
internal static class SchemaKeywords
{
    /// <summary>The only dialect the engine implements (the embedded schemas' <c>$schema</c>).</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly FrozenSet<string> TypeNames =
        FrozenSet.ToFrozenSet(["object", "array", "string", "number", "integer", "boolean", "null"], StringComparer.Ordinal);

    /// <summary>Keyword to a check of its value (null when fine, else the reason).</summary>
    private static readonly FrozenDictionary<string, Func<JsonElement, string?>> Shapes = new Dictionary<string, Func<JsonElement, string?>>(StringComparer.Ordinal)
    {
        // Annotations: no effect on validation.
        ["title"] = v => String(v),
        ["description"] = v => String(v),
        ["$comment"] = v => String(v),

        // Validation and applicators.
        ["type"] = Type,
        ["enum"] = v => v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0 ? null : "must be a non-empty array",
        ["required"] = v => v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(r => r.ValueKind == JsonValueKind.String)
            && v.EnumerateArray().Select(r => r.GetString()).Distinct(StringComparer.Ordinal).Count() == v.GetArrayLength() ? null : "must be an array of distinct strings",
        ["properties"] = v => v.ValueKind == JsonValueKind.Object ? null : "must be an object of schemas",
        ["additionalProperties"] = Schema,
        ["items"] = Schema,
        ["minLength"] = Count,
        ["minItems"] = Count,
        ["minimum"] = v => v.ValueKind == JsonValueKind.Number ? null : "must be a number",
        ["pattern"] = v => String(v),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Throws <see cref="SchemaKeywordException"/> for the first keyword of <paramref name="schema"/> that is unknown or malformed.</summary>
    public static void Check(JsonElement schema, string schemaName, string location, bool root)
    {
        foreach (var member in schema.EnumerateObject())
        {
            var reason = member.Name switch
            {
                "$schema" when root => member.Value.ValueKind == JsonValueKind.String && member.Value.ValueEquals(Dialect)
                    ? null
                    : $"names a dialect this engine does not implement (only {Dialect})",
                "$id" when root => String(member.Value),
                "$schema" or "$id" => "is only allowed at the schema's root",
                _ when Shapes.TryGetValue(member.Name, out var shape) => shape(member.Value),
                _ => "is not implemented by the ledger's schema engine (it implements: " + string.Join(", ", Shapes.Keys.Order(StringComparer.Ordinal)) + ", and $schema/$id at the root)",
            };
            if (reason is not null)
            {
                throw new SchemaKeywordException(schemaName, location, member.Name, reason);
            }
        }
    }

    private static string? String(JsonElement value) => value.ValueKind == JsonValueKind.String ? null : "must be a string";

    private static string? Schema(JsonElement value) =>
        value.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False ? null : "must be a schema (an object or a boolean)";

    private static string? Count(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0 ? null : "must be a non-negative integer";

    private static string? Type(JsonElement value)
    {
        string?[] names = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()],
            JsonValueKind.Array when value.GetArrayLength() > 0 => [.. value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : null)],
            _ => [null],
        };
        return names.All(n => n is not null && TypeNames.Contains(n)) && names.Distinct(StringComparer.Ordinal).Count() == names.Length
            ? null
            : "must be one of " + string.Join(", ", TypeNames.Order(StringComparer.Ordinal)) + ", or a non-empty array of distinct ones";
    }
}
