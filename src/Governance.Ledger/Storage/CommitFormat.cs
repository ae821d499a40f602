using System.Globalization;
using System.Text;

namespace Governance.Ledger.Storage;

/// <summary>Builds raw git commit objects and embeds an SSHSIG in the <c>gpgsig</c> header exactly as git does.</summary>
internal static class CommitFormat
{
    /// <summary>The unsigned commit bytes (what git signs).</summary>
    public static byte[] Build(string treeId, string? parentId, string identity, long unixSeconds, string message)
    {
        var sb = new StringBuilder(256);
        sb.Append("tree ").Append(treeId).Append('\n');
        if (parentId is not null)
        {
            sb.Append("parent ").Append(parentId).Append('\n');
        }

        var stamp = unixSeconds.ToString(CultureInfo.InvariantCulture);
        sb.Append("author ").Append(identity).Append(' ').Append(stamp).Append(" +0000\n");
        sb.Append("committer ").Append(identity).Append(' ').Append(stamp).Append(" +0000\n");
        sb.Append('\n').Append(message);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Inserts <c>gpgsig</c> at the end of the header block, continuation lines prefixed with one space.</summary>
    public static byte[] InsertSignature(byte[] unsigned, string armored)
    {
        var split = unsigned.AsSpan().IndexOf("\n\n"u8);
        if (split < 0)
        {
            throw new ArgumentException("Commit has no header/body separator.", nameof(unsigned));
        }

        var header = "gpgsig " + string.Join("\n ", armored.TrimEnd('\n').Split('\n')) + "\n";
        return [.. unsigned.AsSpan(0, split + 1), .. Encoding.ASCII.GetBytes(header), .. unsigned.AsSpan(split + 1)];
    }

    /// <summary>Reads tree, parents and committer time from unsigned commit text.</summary>
    public static (string Tree, List<string> Parents, long CommitterTime) ParseHeaders(string commitText)
    {
        string? tree = null;
        var parents = new List<string>();
        long time = 0;
        foreach (var line in commitText.Split('\n'))
        {
            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("tree ", StringComparison.Ordinal))
            {
                tree = line[5..];
            }
            else if (line.StartsWith("parent ", StringComparison.Ordinal))
            {
                parents.Add(line[7..]);
            }
            else if (line.StartsWith("committer ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                time = long.Parse(parts[^2], CultureInfo.InvariantCulture);
            }
        }

        return (tree ?? throw new FormatException("Commit has no tree."), parents, time);
    }
}
