using System.Buffers;

namespace Governance.Ledger.Entries;

/// <summary>The <see cref="KnownPatterns"/> a hand-written matcher decides (<see cref="PatternMatchers"/>).</summary>
internal enum KnownPattern
{
    /// <summary>No hand-written matcher: the pattern's <see cref="System.Text.RegularExpressions.Regex"/> decides.</summary>
    None,

    /// <summary><c>^sha256:[0-9a-f]{64}$</c></summary>
    Sha256Digest,

    /// <summary><c>^[0-9a-f]{40}([0-9a-f]{24})?$</c></summary>
    CommitId,

    /// <summary><c>^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z$</c></summary>
    EntryTime,

    /// <summary><c>^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$</c> (ECMAScript <c>\d</c> is <c>[0-9]</c>)</summary>
    Rfc3339Time,
}

/// <summary>
/// Hand-written matchers for the embedded schemas' patterns on a string's UTF-8 bytes, deciding exactly what the
/// ECMA-262 pattern decides on the decoded text (tests hold each equal to its regex): every pattern here matches ASCII
/// only, and the whole input (<c>$</c> is the end of input, so a trailing newline never matches).
/// </summary>
internal static class PatternMatchers
{
    private static readonly SearchValues<byte> LowerHex = SearchValues.Create("0123456789abcdef"u8);

    /// <summary>True when <paramref name="utf8"/> (the unescaped text) matches <paramref name="pattern"/>.</summary>
    public static bool Matches(KnownPattern pattern, ReadOnlySpan<byte> utf8) => pattern switch
    {
        KnownPattern.Sha256Digest => utf8.Length == 71 && utf8.StartsWith("sha256:"u8) && IsLowerHex(utf8[7..]),
        KnownPattern.CommitId => utf8.Length is 40 or 64 && IsLowerHex(utf8),
        KnownPattern.EntryTime => IsDateTime(utf8) && utf8[^1] == 'Z' && IsFraction(utf8[19..^1], maxDigits: 9),
        KnownPattern.Rfc3339Time => IsDateTime(utf8) && ZoneLength(utf8) is > 0 and var zone && IsFraction(utf8[19..^zone], maxDigits: int.MaxValue),
        _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
    };

    private static bool IsLowerHex(ReadOnlySpan<byte> text) => !text.ContainsAnyExcept(LowerHex);

    private static bool IsDigits(ReadOnlySpan<byte> text) => !text.ContainsAnyExceptInRange((byte)'0', (byte)'9');

    // "dddd-dd-ddTdd:dd:dd" and at least one byte more (the zone).
    private static bool IsDateTime(ReadOnlySpan<byte> text) =>
        text.Length > 19 && IsDigits(text[..4]) && text[4] == '-' && IsDigits(text.Slice(5, 2)) && text[7] == '-'
        && IsDigits(text.Slice(8, 2)) && text[10] == 'T' && IsDigits(text.Slice(11, 2)) && text[13] == ':'
        && IsDigits(text.Slice(14, 2)) && text[16] == ':' && IsDigits(text.Slice(17, 2));

    // Empty, or "." and 1..maxDigits digits.
    private static bool IsFraction(ReadOnlySpan<byte> text, int maxDigits) =>
        text.Length == 0 || (text[0] == '.' && text.Length > 1 && text.Length - 1 <= maxDigits && IsDigits(text[1..]));

    // The length of the trailing "Z" or "+dd:dd"/"-dd:dd" after the seconds (and any fraction), or 0 when there is none.
    private static int ZoneLength(ReadOnlySpan<byte> text)
    {
        if (text[^1] == 'Z')
        {
            return 1;
        }

        var zone = text.Length >= 19 + 6 ? text[^6..] : default;
        return zone.Length == 6 && zone[0] is (byte)'+' or (byte)'-' && IsDigits(zone.Slice(1, 2)) && zone[3] == ':' && IsDigits(zone[4..]) ? 6 : 0;
    }
}
