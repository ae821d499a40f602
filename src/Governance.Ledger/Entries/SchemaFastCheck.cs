using System.Text;
using System.Text.Json;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Entries;

/// <summary>
/// Decides whether a value is valid against a compiled schema while its tokens are read (and checked for canonical
/// form) once, with no document, no paths and no messages. It applies the rules of <see cref="JsonSchemaSubset"/>,
/// and where it cannot be sure cheaply (an escaped member name, a container or mixed <c>enum</c>, an enum option not
/// written canonically) it says "invalid": the caller then takes the full path, which decides and explains.
/// So "valid" here always means valid there; tests hold the two equal on the embedded schemas.
/// </summary>
internal static class SchemaFastCheck
{
    /// <summary>
    /// True when the value starting at the current token is valid (and canonical); the tokens then stand on its last
    /// token. False when it is invalid or the check cannot vouch for it.
    /// </summary>
    public static bool Value(ref CanonicalTokens tokens, SchemaNode schema)
    {
        if (!schema.IsObject)
        {
            return Skip(ref tokens);
        }

        if (schema.RejectsAll || (schema.TypeFlags != 0 && (schema.TypeFlags & TypeOf(ref tokens)) == 0) || (schema.Enum is not null && !InEnum(ref tokens, schema)))
        {
            return false;
        }

        return tokens.TokenType switch
        {
            JsonTokenType.String => IsValidString(ref tokens, schema),
            JsonTokenType.Number => schema.Minimum is not { } minimum || !(tokens.Number < minimum),
            JsonTokenType.StartArray => IsValidArray(ref tokens, schema),
            JsonTokenType.StartObject => IsValidObject(ref tokens, schema),
            _ => true,
        };
    }

    /// <summary>Reads past the value starting at the current token (still checking canonical form).</summary>
    public static bool Skip(ref CanonicalTokens tokens)
    {
        var depth = tokens.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0;
        while (depth > 0)
        {
            if (!tokens.Next())
            {
                return false;
            }

            depth += tokens.TokenType switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
        }

        return true;
    }

    private static SchemaTypes TypeOf(ref CanonicalTokens tokens) => tokens.TokenType switch
    {
        JsonTokenType.StartObject => SchemaTypes.Object,
        JsonTokenType.StartArray => SchemaTypes.Array,
        JsonTokenType.String => SchemaTypes.String,
        JsonTokenType.Number => tokens.Number is var d && d == Math.Floor(d) && Math.Abs(d) <= 9007199254740991
            ? SchemaTypes.Number | SchemaTypes.Integer
            : SchemaTypes.Number,
        JsonTokenType.True or JsonTokenType.False => SchemaTypes.Boolean,
        JsonTokenType.Null => SchemaTypes.Null,
        _ => 0,
    };

    private static bool InEnum(ref CanonicalTokens tokens, SchemaNode schema)
    {
        if (schema.EnumStrings is { } strings)
        {
            if (tokens.TokenType != JsonTokenType.String)
            {
                return false;
            }

            foreach (var option in strings)
            {
                if (tokens.ValueTextEquals(option))
                {
                    return true;
                }
            }

            return false;
        }

        // Scalars other than strings: the same JSON text is the same value (a different text may still be: not vouched).
        if (tokens.TokenType is JsonTokenType.String or JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            return false;
        }

        foreach (var option in schema.EnumRaw!)
        {
            if (tokens.ValueSpan.SequenceEqual(option))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValidString(ref CanonicalTokens tokens, SchemaNode schema)
    {
        if (schema.MinLength is null && schema.Pattern is null)
        {
            return true;
        }

        if (tokens.ValueIsEscaped)
        {
            // Rare: decode, and apply the rules as JsonSchemaSubset does to the text.
            var text = tokens.GetString()!;
            return (schema.MinLength is not { } length || JsonSchemaSubset.CodePoints(text, length) >= length) && (schema.Pattern?.IsMatch(text) ?? true);
        }

        var raw = tokens.ValueSpan;
        if (schema.MinLength is { } minLength && CodePoints(raw, minLength) < minLength)
        {
            return false;
        }

        return schema.Pattern is null
            || (schema.PatternKind != KnownPattern.None ? PatternMatchers.Matches(schema.PatternKind, raw) : schema.Pattern.IsMatch(Encoding.UTF8.GetString(raw)));
    }

    // Code points of valid UTF-8: the bytes that do not continue a sequence. Counting stops at the bound.
    private static int CodePoints(ReadOnlySpan<byte> utf8, int bound)
    {
        var count = 0;
        for (var i = 0; i < utf8.Length && count < bound; i++)
        {
            count += (utf8[i] & 0xC0) == 0x80 ? 0 : 1;
        }

        return count;
    }

    private static bool IsValidArray(ref CanonicalTokens tokens, SchemaNode schema)
    {
        var count = 0;
        while (tokens.Next())
        {
            if (tokens.TokenType == JsonTokenType.EndArray)
            {
                return schema.MinItems is not { } minItems || count >= minItems;
            }

            count++;
            if (!(schema.Items is { } items ? Value(ref tokens, items) : Skip(ref tokens)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsValidObject(ref CanonicalTokens tokens, SchemaNode schema)
    {
        var seen = 0UL;
        while (tokens.Next())
        {
            if (tokens.TokenType == JsonTokenType.EndObject)
            {
                return schema.Required.Length <= 64 && seen == SchemaMembers.AllRequired(schema);
            }

            if (tokens.ValueIsEscaped)
            {
                return false;
            }

            var name = tokens.ValueSpan;
            seen |= SchemaMembers.RequiredBit(schema, name);
            var member = SchemaMembers.Property(schema, name);
            if (!tokens.Next() || !Member(ref tokens, schema, member))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Checks a member's value (at its first token) against its property schema or the additional-property rule.</summary>
    public static bool Member(ref CanonicalTokens tokens, SchemaNode schema, SchemaNode? member) =>
        member is not null ? Value(ref tokens, member)
        : schema.ClosedToAdditional ? false
        : schema.Additional is { } additional ? Value(ref tokens, additional)
        : Skip(ref tokens);
}
