using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Governance.Ledger.Entries;

/// <summary>
/// One JSON Schema (sub)schema of the subset <see cref="JsonSchemaSubset"/> implements, read once into fields so
/// that validating an instance does no keyword lookups: property names are matched through a dictionary, required
/// names and string enum values are kept as UTF-8, patterns are built once.
/// </summary>
internal sealed class SchemaNode
{
    private static readonly Dictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private SchemaNode()
    {
    }

    /// <summary>False for the schema <c>true</c> (it accepts every instance).</summary>
    public bool IsObject { get; private init; }

    /// <summary>The schema <c>false</c>: no instance is valid.</summary>
    public bool RejectsAll { get; private init; }

    public string[]? Types { get; private init; }

    public string TypeText { get; private init; } = "";

    public JsonElement[]? Enum { get; private init; }

    public string EnumText { get; private init; } = "";

    /// <summary>The enum's options as UTF-8 when all of them are strings (compared without decoding the instance).</summary>
    public byte[][]? EnumStrings { get; private init; }

    public int? MinLength { get; private init; }

    public Regex? Pattern { get; private init; }

    public string? PatternText { get; private init; }

    public double? Minimum { get; private init; }

    public string MinimumText { get; private init; } = "";

    public int? MinItems { get; private init; }

    public SchemaNode? Items { get; private init; }

    public (string Name, byte[] Utf8)[] Required { get; private init; } = [];

    public Dictionary<string, SchemaNode>? Properties { get; private init; }

    /// <summary><see cref="Properties"/> with UTF-8 names, for <see cref="SchemaFastCheck"/>.</summary>
    public (byte[] Name, SchemaNode Schema)[] PropertyList { get; private init; } = [];

    /// <summary>The <see cref="Types"/> as flags (<see cref="SchemaFastCheck"/>); 0 when there is no <c>type</c>.</summary>
    public SchemaTypes TypeFlags { get; private init; }

    /// <summary>Every <see cref="Enum"/> option's JSON text as UTF-8, compared with scalar tokens by <see cref="SchemaFastCheck"/>.</summary>
    public byte[][]? EnumRaw { get; private init; }

    /// <summary>The hand-written matcher deciding <see cref="Pattern"/>, or <see cref="KnownPattern.None"/>.</summary>
    public KnownPattern PatternKind { get; private init; }

    /// <summary><c>additionalProperties: false</c>.</summary>
    public bool ClosedToAdditional { get; private init; }

    /// <summary><c>additionalProperties</c> given as a schema.</summary>
    public SchemaNode? Additional { get; private init; }

    /// <summary>
    /// Reads <paramref name="schema"/> (recursively) into nodes. A keyword this engine does not implement, a keyword
    /// value of the wrong shape or another dialect fails here with <see cref="SchemaKeywordException"/> naming
    /// <paramref name="schemaName"/>, the keyword and where it stands, instead of being ignored at validation time.
    /// </summary>
    public static SchemaNode Compile(JsonElement schema, string schemaName = "(inline schema)") =>
        Compile(schema, schemaName, "#", root: true);

    private static SchemaNode Compile(JsonElement schema, string schemaName, string pointer, bool root)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.True:
                return new SchemaNode();
            case JsonValueKind.False:
                return new SchemaNode { IsObject = true, RejectsAll = true };
            case JsonValueKind.Object:
                break;
            default:
                throw new SchemaKeywordException(schemaName, pointer, "", $"a schema must be an object or a boolean, not {schema.ValueKind.ToString().ToLowerInvariant()}");
        }

        SchemaKeywords.Check(schema, schemaName, pointer, root);
        var type = Get(schema, "type");
        var options = Get(schema, "enum");
        var enumValues = options?.EnumerateArray().Select(o => o.Clone()).ToArray();
        var pattern = Get(schema, "pattern")?.GetString();
        var additional = Get(schema, "additionalProperties");
        var properties = Get(schema, "properties")?.EnumerateObject()
            .Select(p => (p.Name, Schema: Compile(p.Value, schemaName, $"{pointer}/properties/{Escape(p.Name)}", root: false)))
            .ToList();
        return new SchemaNode
        {
            IsObject = true,
            Types = type is { } t ? (t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [t.GetString() ?? ""]) : null,
            TypeText = type?.GetRawText() ?? "",
            Enum = enumValues,
            EnumText = options?.GetRawText() ?? "",
            EnumStrings = enumValues is not null && enumValues.All(o => o.ValueKind == JsonValueKind.String)
                ? enumValues.Select(o => Encoding.UTF8.GetBytes(o.GetString()!)).ToArray()
                : null,
            MinLength = Get(schema, "minLength")?.GetInt32(),
            Pattern = pattern is null ? null : Compiled(pattern, schemaName, pointer),
            PatternText = pattern,
            Minimum = Get(schema, "minimum")?.GetDouble(),
            MinimumText = Get(schema, "minimum")?.GetRawText() ?? "",
            MinItems = Get(schema, "minItems")?.GetInt32(),
            Items = Get(schema, "items") is { } items ? Compile(items, schemaName, pointer + "/items", root: false) : null,
            Required = Get(schema, "required") is { } required
                ? required.EnumerateArray().Select(r => (r.GetString()!, Encoding.UTF8.GetBytes(r.GetString()!))).ToArray()
                : [],
            Properties = properties?.ToDictionary(p => p.Name, p => p.Schema, StringComparer.Ordinal),
            PropertyList = properties?.Select(p => (Encoding.UTF8.GetBytes(p.Name), p.Schema)).ToArray() ?? [],
            TypeFlags = type is null ? 0 : SchemaTypesOf(type.Value),
            EnumRaw = enumValues?.Select(o => Encoding.UTF8.GetBytes(o.GetRawText())).ToArray(),
            PatternKind = pattern is null ? KnownPattern.None : KnownPatterns.Kind(pattern),
            ClosedToAdditional = additional?.ValueKind == JsonValueKind.False,
            Additional = additional?.ValueKind == JsonValueKind.Object ? Compile(additional.Value, schemaName, pointer + "/additionalProperties", root: false) : null,
        };
    }

    private static SchemaTypes SchemaTypesOf(JsonElement type) =>
        (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()])
            .Aggregate((SchemaTypes)0, (flags, name) => flags | name switch
            {
                "object" => SchemaTypes.Object,
                "array" => SchemaTypes.Array,
                "string" => SchemaTypes.String,
                "number" => SchemaTypes.Number,
                "integer" => SchemaTypes.Integer,
                "boolean" => SchemaTypes.Boolean,
                "null" => SchemaTypes.Null,
                _ => throw new InvalidOperationException($"unknown type '{name}' passed the keyword check"),
            });

    private static Regex Compiled(string pattern, string schemaName, string pointer)
    {
        try
        {
            return Regex(pattern);
        }
        catch (ArgumentException e)
        {
            throw new SchemaKeywordException(schemaName, pointer, "pattern", "is not a valid ECMA-262 regular expression: " + e.Message);
        }
    }

    // JSON Pointer escaping (RFC 6901) of a property name inside a location.
    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static JsonElement? Get(JsonElement schema, string keyword) => schema.TryGetProperty(keyword, out var value) ? value : null;

    // Patterns are the schemas' own (embedded, trusted); the timeout still bounds any surprise. Known ones are pre-compiled.
    private static Regex Regex(string pattern)
    {
        lock (Patterns)
        {
            if (!Patterns.TryGetValue(pattern, out var regex))
            {
                regex = KnownPatterns.Find(pattern) ?? new Regex(EndOfInput(pattern), RegexOptions.CultureInvariant | RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
                Patterns[pattern] = regex;
            }

            return regex;
        }
    }

    /// <summary>ECMA-262's trailing <c>$</c> is the end of input; .NET's also matches before a final newline.</summary>
    internal static string EndOfInput(string pattern) =>
        pattern.EndsWith('$') && !pattern.EndsWith("\\$", StringComparison.Ordinal) ? pattern + "(?!\n)" : pattern;
}
