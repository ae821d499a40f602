using System.Globalization;
using System.Text;
using Governance.Ledger.Merkle;

namespace Governance.Ledger.Index;

/// <summary>
/// The index header: its version, the size of the checkpoint it sits beside (the index lists entries 1…size−1), and
/// the Merkle frontier after entry <c>size</c>, which must fold to that checkpoint's signed root.
/// </summary>
/// <param name="Version">The format version.</param>
/// <param name="Size">The tree size of the commit carrying the index.</param>
/// <param name="Frontier">The compact range after entry <paramref name="Size"/>.</param>
public sealed record IndexMeta(int Version, long Size, CompactRange Frontier)
{
    private const string Magic = "governance-index ";

    /// <summary>The blob content.</summary>
    public byte[] ToBytes()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Magic}{Version}\nsize {Size}\n");
        foreach (var root in Frontier.Roots)
        {
            text.Append("frontier ").Append(Convert.ToHexStringLower(root)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Parses a meta blob; null when it is not an index of <see cref="IndexLayout.Version"/>; throws <see cref="FormatException"/> when malformed.</summary>
    public static IndexMeta? Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        if (!text.EndsWith('\n') || !text.StartsWith(Magic, StringComparison.Ordinal))
        {
            throw new FormatException("index meta is malformed");
        }

        var lines = text[..^1].Split('\n');
        if (!int.TryParse(lines[0].AsSpan(Magic.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new FormatException("index meta has no version");
        }

        if (version != IndexLayout.Version)
        {
            return null;
        }

        if (lines.Length < 2 || !lines[1].StartsWith("size ", StringComparison.Ordinal)
            || !long.TryParse(lines[1].AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new FormatException("index meta has no size");
        }

        var roots = new List<byte[]>();
        foreach (var line in lines.Skip(2))
        {
            if (!line.StartsWith("frontier ", StringComparison.Ordinal) || line.Length != 9 + 64)
            {
                throw new FormatException("index meta has a malformed frontier line");
            }

            roots.Add(Convert.FromHexString(line.AsSpan(9)));
        }

        try
        {
            return new IndexMeta(version, size, CompactRange.FromRoots(size, roots));
        }
        catch (ArgumentException ex)
        {
            throw new FormatException("index meta's frontier does not match its size", ex);
        }
    }
}
