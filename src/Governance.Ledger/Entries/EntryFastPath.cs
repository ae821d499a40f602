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

        // The type comes after the payload; when its text can be found (nearly always) the payload is checked against
        // that type's schema as it is read, and the type read later must be the same, else there is a second pass.
        var guess = EntryTypeGuess.Of(bytes);
        var guessedSchema = guess is { } g ? EntrySchemas.CompiledPayload(g.Type) : null;
        var payloadChecked = false;
        long seq = 0;
        string? prev = null, type = null, time = null, envelope = null;
        int payloadStart = -1, payloadEnd = -1;
        var seen = 0UL;
        while (tokens.Next() && tokens.TokenType == JsonTokenType.PropertyName && !tokens.ValueIsEscaped)
        {
            var name = tokens.ValueSpan;
            seen |= SchemaMembers.RequiredBit(schema, name);
            var member = SchemaMembers.Property(schema, name);
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
                    type = guess is { } known && tokens.ValueTextEquals(known.Utf8) ? known.Type : tokens.GetString();
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

            if (isPayload && guessedSchema is not null && tokens.TokenType == JsonTokenType.StartObject && member is not null
                && SchemaMembers.AcceptsAnyObject(member))
            {
                if (!SchemaFastCheck.Value(ref tokens, guessedSchema))
                {
                    return null;
                }

                payloadChecked = true;
            }
            else if (!SchemaFastCheck.Member(ref tokens, schema, member))
            {
                return null;
            }

            if (isPayload)
            {
                (payloadStart, payloadEnd) = tokens.TokenType == JsonTokenType.EndObject ? (start, tokens.TokenStart + 1) : (-1, -1);
            }
        }

        if (tokens.TokenType != JsonTokenType.EndObject || tokens.Next() || !tokens.Complete || seen != SchemaMembers.AllRequired(schema)
            || schema.Required.Length > 64 || type is null || time is null || payloadStart < 0)
        {
            return null;
        }

        var payload = bytes.AsSpan(payloadStart, payloadEnd - payloadStart);
        if (!(payloadChecked ? ReferenceEquals(type, guess!.Value.Type) : IsValidPayload(type, payload))
            || (envelope is null && EntryTypes.RequiresEnvelope(type) && !JsonMembers.Has(payload, "recordedFrom"u8))
            || !EntryTime.TryParse(time, out var parsed))
        {
            return null;
        }

        return new LedgerEntry(bytes, seq, prev, type, time, parsed, envelope);
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
