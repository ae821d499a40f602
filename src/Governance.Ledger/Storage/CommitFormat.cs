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

    /// <summary>Reads tree, parents and committer time from the header of a raw commit (up to the first empty line).</summary>
    public static (string Tree, List<string> Parents, long CommitterTime) ParseHeaders(ReadOnlySpan<byte> commit)
    {
        string? tree = null;
        var parents = new List<string>(1);
        long time = 0;
        while (!commit.IsEmpty)
        {
            var end = commit.IndexOf((byte)'\n');
            var line = end < 0 ? commit : commit[..end];
            if (line.IsEmpty)
            {
                break;
            }

            if (line.StartsWith("tree "u8))
            {
                tree = Encoding.ASCII.GetString(line[5..]);
            }
            else if (line.StartsWith("parent "u8))
            {
                parents.Add(Encoding.ASCII.GetString(line[7..]));
            }
            else if (line.StartsWith("committer "u8))
            {
                // "committer Name <email> <seconds> <zone>": the seconds are the second field from the end.
                var zone = line.LastIndexOf((byte)' ');
                var seconds = zone <= 0 ? -1 : line[..zone].LastIndexOf((byte)' ');
                if (seconds < 0 || !long.TryParse(line[(seconds + 1)..zone], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out time))
                {
                    throw new FormatException("Commit has a malformed committer line.");
                }
            }

            commit = end < 0 ? default : commit[(end + 1)..];
        }

        return (tree ?? throw new FormatException("Commit has no tree."), parents, time);
    }
}
