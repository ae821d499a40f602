using System.Globalization;
using Governance.Ledger.Hashing;

namespace Governance.Ledger.Index;

/// <summary>
/// Reads the <c>&lt;seq&gt; &lt;commit&gt;\n</c> lines of an index chunk straight from its bytes, with the rules every
/// reader applies: seq in decimal without a leading zero, within 1…size−1 and increasing within a key; the commit as
/// 40 lower-case hex digits; every line ends with a newline. Anything else throws <see cref="FormatException"/>.
/// A line that passes is byte for byte the line <see cref="IndexLayout.Line"/> writes, so it can be hashed as it is.
/// </summary>
internal static class IndexLines
{
    /// <summary>Length of the commit id in a line.</summary>
    public const int CommitHexLength = 40;

    /// <summary>
    /// Reads the first line of <paramref name="rest"/>; returns its length including the newline. The seq must be
    /// greater than <paramref name="previous"/> (0 for a key's first line) and less than <paramref name="size"/>.
    /// </summary>
    public static int Read(ReadOnlySpan<byte> rest, long size, long previous, string key, out long seq)
    {
        var end = rest.IndexOf((byte)'\n');
        var space = end < 0 ? -1 : rest[..end].IndexOf((byte)' ');
        seq = 0;
        if (space < 0 || end - space - 1 != CommitHexLength
            || !long.TryParse(rest[..space], NumberStyles.None, CultureInfo.InvariantCulture, out seq)
            || rest[0] == (byte)'0' || seq < 1 || seq >= size || seq <= previous)
        {
            throw new FormatException($"index key {key}: malformed or out-of-order line");
        }

        foreach (var c in rest.Slice(space + 1, CommitHexLength))
        {
            if (c is not ((>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f')))
            {
                throw new FormatException($"index key {key}: malformed commit id");
            }
        }

        return end + 1;
    }

    /// <summary>
    /// Folds one line (with its newline) into a key's running digest: digest := SHA-256(digest ‖ line). The full
    /// verifier folds the lines it derives from the entries and the lines the index lists the same way and compares.
    /// </summary>
    public static void Fold(Span<byte> digest, ReadOnlySpan<byte> line) => Sha2.Sha256(digest, line, digest);

    /// <summary>The commit id of a line read by <see cref="Read"/> (its last 41 bytes are the id and the newline).</summary>
    public static string CommitOf(ReadOnlySpan<byte> line) =>
        System.Text.Encoding.ASCII.GetString(line.Slice(line.Length - 1 - CommitHexLength, CommitHexLength));
}
