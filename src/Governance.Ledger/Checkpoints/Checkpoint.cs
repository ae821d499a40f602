using System.Globalization;

namespace Governance.Ledger.Checkpoints;

/// <summary>A C2SP tlog-checkpoint body: origin line, tree size, base64 RFC 9162 root hash.</summary>
/// <param name="Origin">The log identity, a scheme-less URL without spaces or <c>+</c>, e.g. <c>github.com/acme/repo/governance-ledger</c>.</param>
/// <param name="Size">The tree size (number of entries).</param>
/// <param name="RootHash">The 32-byte tree hash.</param>
public sealed record Checkpoint(string Origin, long Size, ReadOnlyMemory<byte> RootHash)
{
    /// <summary>The note text: three lines, each ending in LF.</summary>
    public string ToBody() =>
        $"{Origin}\n{Size.ToString(CultureInfo.InvariantCulture)}\n{Convert.ToBase64String(RootHash.Span)}\n";

    /// <summary>Parses a checkpoint body; extension lines after the root are rejected.</summary>
    public static Checkpoint ParseBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.EndsWith('\n'))
        {
            throw new FormatException("Checkpoint body must end with a newline.");
        }

        var lines = body[..^1].Split('\n');
        if (lines.Length != 3)
        {
            throw new FormatException("Checkpoint body must have exactly origin, size and root lines.");
        }

        var origin = lines[0];
        if (origin.Length == 0 || origin.Contains(' ', StringComparison.Ordinal) || origin.Contains('+', StringComparison.Ordinal))
        {
            throw new FormatException("Checkpoint origin must be non-empty without spaces or '+'.");
        }

        if (!long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || (lines[1].Length > 1 && lines[1][0] == '0'))
        {
            throw new FormatException("Checkpoint size must be decimal without leading zeros.");
        }

        byte[] root;
        try
        {
            root = Convert.FromBase64String(lines[2]);
        }
        catch (FormatException ex)
        {
            throw new FormatException("Checkpoint root is not base64.", ex);
        }

        if (root.Length != 32)
        {
            throw new FormatException("Checkpoint root must be 32 bytes.");
        }

        return new Checkpoint(origin, size, root);
    }

    /// <summary>True when origin, size and root hash are equal.</summary>
    public bool SameAs(Checkpoint other) =>
        other is not null && Origin == other.Origin && Size == other.Size && RootHash.Span.SequenceEqual(other.RootHash.Span);
}
