using System.Globalization;
using System.Text.Json;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Entries;

/// <summary>
/// Reads a valid entry in one pass over its tokens (its payload a second time, once its type is known): canonical
/// form, the common schema, the common fields, the payload schema and the envelope rule, with no document and no
/// messages. It only vouches: for anything it cannot show valid it returns null and <see cref="LedgerEntry"/> takes
/// the full path (document, canonical check, fields, schemas with messages), which decides and explains exactly as
/// before. So an entry read here is one that path accepts, with the same fields and no schema errors.
/// </summary>
internal static class EntryFastPath
{
    /// <summary>The entry <paramref name="bytes"/> hold when they are canonical and valid with ordinary fields, else null.</summary>
    public static LedgerEntry? TryRead(byte[] bytes)
    {
        var tokens = new CanonicalTokens(bytes, requireObject: true, stackalloc int[2 * (CanonicalTokens.MaxDepth + 2)]);
        var schema = EntrySchemas.CompiledEntry;
        if (!tokens.Next())
        {
            return null;
        }

        long seq = 0;
        string? prev = null, type = null, time = null, envelope = null;
        int payloadStart = -1, payloadEnd = -1;
        var seen = 0UL;
        while (tokens.Next() && tokens.TokenType == JsonTokenType.PropertyName && !tokens.ValueIsEscaped)
        {
            var name = tokens.ValueSpan;
            seen |= SchemaFastCheck.RequiredBit(schema, name);
            var member = SchemaFastCheck.Property(schema, name);
            var isSeq = name.SequenceEqual("seq"u8);
            var isPayload = !isSeq && name.SequenceEqual("payload"u8);
            if (!tokens.Next())
            {
                return null;
            }

            // Strings are read before their schema is applied; nothing is used unless all of it is valid.
            var start = tokens.TokenStart;
            if (isSeq && (tokens.TokenType != JsonTokenType.Number || !tokens.TryGetInt64(out seq)))
            {
                return null;
            }

            if (tokens.TokenType == JsonTokenType.String)
            {
                if (name.SequenceEqual("prev"u8))
                {
                    prev = tokens.GetString();
                }
                else if (name.SequenceEqual("type"u8))
                {
                    type = tokens.GetString();
                }
                else if (name.SequenceEqual("time"u8))
                {
                    time = tokens.GetString();
                }
                else if (name.SequenceEqual("envelope"u8))
                {
                    envelope = tokens.GetString();
                }
            }

            if (!SchemaFastCheck.Member(ref tokens, schema, member))
            {
                return null;
            }

            if (isPayload)
            {
                (payloadStart, payloadEnd) = tokens.TokenType == JsonTokenType.EndObject ? (start, tokens.TokenStart + 1) : (-1, -1);
            }
        }

        if (tokens.TokenType != JsonTokenType.EndObject || tokens.Next() || !tokens.Complete || seen != SchemaFastCheck.AllRequired(schema)
            || schema.Required.Length > 64 || type is null || time is null || payloadStart < 0)
        {
            return null;
        }

        var payload = bytes.AsSpan(payloadStart, payloadEnd - payloadStart);
        if (!IsValidPayload(type, payload)
            || (envelope is null && EntryTypes.RequiresEnvelope(type) && !JsonMembers.Has(payload, "recordedFrom"u8))
            || !TryParseTime(time, out var parsed))
        {
            return null;
        }

        return new LedgerEntry(bytes, seq, prev, type, time, parsed, envelope);
    }

    /// <summary>
    /// <see cref="LedgerEntry.TimeFormat"/> read as <see cref="DateTimeOffset.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>
    /// reads it (UTC assumed): by hand for the 24 characters every recorder writes, by that method for anything else.
    /// </summary>
    internal static bool TryParseTime(string text, out DateTimeOffset time)
    {
        if (text.Length == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == '.' && text[23] == 'Z'
            && Digits(text, 0, 4) is >= 1 and var year && Digits(text, 5, 2) is >= 1 and <= 12 and var month
            && Digits(text, 8, 2) is >= 1 and var day && day <= DateTime.DaysInMonth(year, month)
            && Digits(text, 11, 2) is >= 0 and < 24 and var hour && Digits(text, 14, 2) is >= 0 and < 60 and var minute
            && Digits(text, 17, 2) is >= 0 and < 60 and var second && Digits(text, 20, 3) is >= 0 and var millisecond)
        {
            time = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParseExact(text, LedgerEntry.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }

    // The value of ASCII digits text[start..start+length], or -1 when one is not an ASCII digit.
    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        foreach (var c in text.AsSpan(start, length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static bool IsValidPayload(string type, ReadOnlySpan<byte> payload)
    {
        if (EntrySchemas.CompiledPayload(type) is not { } schema)
        {
            return false;
        }

        var tokens = new CanonicalTokens(payload, requireObject: true, stackalloc int[2 * (CanonicalTokens.MaxDepth + 2)]);
        return tokens.Next() && SchemaFastCheck.Value(ref tokens, schema) && !tokens.Next() && tokens.Complete;
    }
}
