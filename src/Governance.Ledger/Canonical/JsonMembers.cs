using System.Text.Json;

namespace Governance.Ledger.Canonical;

/// <summary>
/// Reads one string member of a top-level object member (<c>payload.digest</c>) straight from UTF-8 JSON with a
/// <see cref="Utf8JsonReader"/>: no document, no node tree. Verification asks a few such fields of every entry; the
/// entries are canonical, so each name occurs at most once.
/// </summary>
internal static class JsonMembers
{
    /// <summary>The string value of <c>parent.name</c>, or null when either is absent or the value is not a string.</summary>
    public static string? String(ReadOnlySpan<byte> json, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isParent = reader.ValueTextEquals(parent);
            reader.Read();
            if (!isParent)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isName = reader.ValueTextEquals(name);
                reader.Read();
                if (isName)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            return null;
        }

        return null;
    }

    /// <summary>True when the JSON object <paramref name="json"/> has a top-level member <paramref name="name"/>.</summary>
    public static bool Has(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(name))
            {
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }
}
