using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Governance.Ledger.Canonical;

/// <summary>
/// Decides in one pass, without writing anything, whether UTF-8 JSON is byte for byte what
/// <see cref="JsonCanonicalizer"/> would write for it: no whitespace between tokens, members in strictly increasing
/// UTF-16 order (so no duplicates), strings escaped only where RFC 8785 requires (<c>\"</c>, <c>\\</c>, <c>\b \f \n
/// \r \t</c>, <c>\u00xx</c> for other control characters) and valid UTF-8, numbers in their ECMAScript form. Verification
/// runs it on every entry; tests hold it equal to "canonicalize and compare".
/// </summary>
internal static class CanonicalForm
{
    private const int MaxDepth = 64;

    /// <summary>True if <paramref name="json"/> is canonical (and, with <paramref name="requireObject"/>, an object).</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> json, bool requireObject)
    {
        try
        {
            return Check(json, requireObject);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool Check(ReadOnlySpan<byte> json, bool requireObject)
    {
        // The reader skips a UTF-8 byte order mark, which canonical form never has: "EF BB BF {…}" is not "{…}".
        if (json.StartsWith("\uFEFF"u8))
        {
            return false;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        Span<int> nameStart = stackalloc int[MaxDepth + 2];
        Span<int> nameLength = stackalloc int[MaxDepth + 2];
        var end = -1;
        while (reader.Read())
        {
            var start = checked((int)reader.TokenStartIndex);
            if (end < 0 ? start != 0 || (requireObject && reader.TokenType != JsonTokenType.StartObject) : !IsSeparator(json[end..start]))
            {
                return false;
            }

            var depth = reader.CurrentDepth;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    nameStart[depth + 1] = -1;
                    end = start + 1;
                    break;
                case JsonTokenType.StartArray or JsonTokenType.EndObject or JsonTokenType.EndArray:
                    end = start + 1;
                    break;
                case JsonTokenType.PropertyName or JsonTokenType.String:
                    var raw = reader.ValueSpan;
                    if (!IsCanonicalString(raw, reader.ValueIsEscaped))
                    {
                        return false;
                    }

                    if (reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (nameStart[depth] >= 0 && !IsBefore(json.Slice(nameStart[depth], nameLength[depth]), raw))
                        {
                            return false;
                        }

                        nameStart[depth] = start + 1;
                        nameLength[depth] = raw.Length;
                    }

                    end = start + raw.Length + 2;
                    break;
                case JsonTokenType.Number:
                    if (!reader.TryGetDouble(out var value) || !JsonCanonicalizer.IsCanonicalNumber(value, reader.ValueSpan))
                    {
                        return false;
                    }

                    end = start + reader.ValueSpan.Length;
                    break;
                default:
                    end = start + reader.ValueSpan.Length;
                    break;
            }
        }

        return end == json.Length;
    }

    private static bool IsSeparator(ReadOnlySpan<byte> gap) => gap.Length == 0 || (gap.Length == 1 && gap[0] is (byte)',' or (byte)':');

    private static bool IsCanonicalString(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!Utf8.IsValid(raw))
        {
            return false;
        }

        for (var i = escaped ? raw.IndexOf((byte)'\\') : -1; i >= 0 && i < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                continue;
            }

            if (i + 1 >= raw.Length)
            {
                return false;
            }

            var next = raw[i + 1];
            if (next == 'u')
            {
                if (i + 5 >= raw.Length || raw[i + 2] != '0' || raw[i + 3] != '0' || !TryHex(raw[i + 4], out var high) || !TryHex(raw[i + 5], out var low))
                {
                    return false;
                }

                var c = (high << 4) | low;
                if (c >= 0x20 || c is 0x08 or 0x09 or 0x0A or 0x0C or 0x0D)
                {
                    return false;
                }

                i += 5;
            }
            else if (next is (byte)'"' or (byte)'\\' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
            {
                i++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    // Lowercase only: the canonical writer formats \u escapes with "x4".
    private static bool TryHex(byte b, out int value)
    {
        value = b is >= (byte)'0' and <= (byte)'9' ? b - '0' : b is >= (byte)'a' and <= (byte)'f' ? b - 'a' + 10 : -1;
        return value >= 0;
    }

    // Names sort by UTF-16 code units. For ASCII without escapes that is byte order; anything else is decoded first.
    private static bool IsBefore(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> current) =>
        IsPlainAscii(previous) && IsPlainAscii(current)
            ? previous.SequenceCompareTo(current) < 0
            : string.CompareOrdinal(Decode(previous), Decode(current)) < 0;

    private static bool IsPlainAscii(ReadOnlySpan<byte> raw) => System.Text.Ascii.IsValid(raw) && raw.IndexOf((byte)'\\') < 0;

    // Only called on strings IsCanonicalString accepted, so the escapes are the few canonical ones.
    private static string Decode(ReadOnlySpan<byte> raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                bytes.Add(raw[i]);
                continue;
            }

            var next = raw[++i];
            bytes.Add(next switch
            {
                (byte)'b' => 0x08,
                (byte)'f' => 0x0C,
                (byte)'n' => 0x0A,
                (byte)'r' => 0x0D,
                (byte)'t' => 0x09,
                (byte)'u' => (byte)((HexValue(raw[i + 3]) << 4) | HexValue(raw[i + 4])),
                _ => next,
            });
            i += next == 'u' ? 4 : 0;
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static int HexValue(byte b) => TryHex(b, out var value) ? value : 0;
}
