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
    /// <summary>True if <paramref name="json"/> is canonical (and, with <paramref name="requireObject"/>, an object).</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> json, bool requireObject)
    {
        var tokens = new CanonicalTokens(json, requireObject, stackalloc int[2 * (CanonicalTokens.MaxDepth + 2)]);
        while (tokens.Next())
        {
        }

        return tokens.Complete;
    }

    /// <summary>True for what may stand between two canonical tokens: nothing, or one comma or colon.</summary>
    internal static bool IsSeparator(ReadOnlySpan<byte> gap) => gap.Length == 0 || (gap.Length == 1 && gap[0] is (byte)',' or (byte)':');

    /// <summary>True for a string's raw bytes (without quotes) that are valid UTF-8 escaped only as RFC 8785 requires.</summary>
    internal static bool IsCanonicalString(ReadOnlySpan<byte> raw, bool escaped)
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

    /// <summary>
    /// True when name <paramref name="previous"/> sorts before <paramref name="current"/> (raw, canonical). Names sort
    /// by UTF-16 code units: for ASCII without escapes that is byte order; anything else is decoded first.
    /// </summary>
    internal static bool IsBefore(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> current) =>
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
