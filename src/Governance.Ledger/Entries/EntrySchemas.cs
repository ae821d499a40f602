using System.Collections.Frozen;
using System.Text.Json;

namespace Governance.Ledger.Entries;

/// <summary>The embedded JSON Schemas: the common entry schema and one payload schema per entry type.</summary>
public static class EntrySchemas
{
    private static readonly Lazy<FrozenDictionary<string, JsonElement>> Schemas = new(Load);
    private static readonly Lazy<FrozenDictionary<string, SchemaNode>> Compiled = new(() => Schemas.Value.ToFrozenDictionary(s => s.Key, s => SchemaNode.Compile(s.Value, s.Key), StringComparer.Ordinal));

    /// <summary>The payload schema for <paramref name="type"/> (e.g. <c>approval.granted/v1</c>), or null for unknown types.</summary>
    public static JsonElement? PayloadSchema(string type) =>
        Schemas.Value.TryGetValue(type.Replace('/', '.'), out var s) ? s : null;

    /// <summary>The common entry schema.</summary>
    public static JsonElement EntrySchema => Schemas.Value["entry.v1"];

    /// <summary>Validates a whole entry: common fields, then the payload against its type's schema.</summary>
    public static IReadOnlyList<string> Validate(JsonElement entry)
    {
        var compiled = Compiled.Value;
        var common = JsonSchemaSubset.Validate(compiled["entry.v1"], entry);
        if (common.Count > 0)
        {
            return common;
        }

        var errors = new List<string>();
        var type = entry.GetProperty("type").GetString()!;
        if (ValidatePayload(type, entry.GetProperty("payload"), "$.payload") is { } payloadErrors)
        {
            errors.AddRange(payloadErrors);
        }
        else
        {
            errors.Add($"$.type: no schema for '{type}'");
        }

        var relayed = entry.GetProperty("payload").ValueKind == JsonValueKind.Object && entry.GetProperty("payload").TryGetProperty("recordedFrom"u8, out _);
        if (EntryTypes.RequiresEnvelope(type, relayed) && !entry.TryGetProperty("envelope"u8, out _))
        {
            errors.Add($"$.envelope: '{type}' must carry the signer's DSSE envelope");
        }

        return errors;
    }

    /// <summary>Validates a payload against its type's schema (compiled once); null when the type has no schema.</summary>
    public static IReadOnlyList<string>? ValidatePayload(string type, JsonElement payload, string path = "$")
    {
        ArgumentNullException.ThrowIfNull(type);
        return CompiledPayload(type) is { } schema ? JsonSchemaSubset.Validate(schema, payload, path) : null;
    }

    /// <summary>The compiled common entry schema.</summary>
    internal static SchemaNode CompiledEntry => Compiled.Value["entry.v1"];

    /// <summary>The compiled payload schema of <paramref name="type"/>, or null when the type has none.</summary>
    internal static SchemaNode? CompiledPayload(string type) =>
        Compiled.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(SchemaKey(type, stackalloc char[64]), out var schema) ? schema : null;

    // "approval.granted/v1" is stored as "approval.granted.v1".
    private static ReadOnlySpan<char> SchemaKey(string type, Span<char> buffer)
    {
        if (type.Length > buffer.Length)
        {
            return type.Replace('/', '.');
        }

        type.AsSpan().Replace(buffer[..type.Length], '/', '.');
        return buffer[..type.Length];
    }

    private static FrozenDictionary<string, JsonElement> Load()
    {
        var assembly = typeof(EntrySchemas).Assembly;
        const string prefix = "Governance.Ledger.Schemas.";
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var doc = JsonDocument.Parse(stream);
            result[name[prefix.Length..^".schema.json".Length]] = doc.RootElement.Clone();
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
