using System.Security.Cryptography;
using System.Text;

namespace Governance.Audit.Bundles;

/// <summary>The MANIFEST: one <c>sha256-hex, two spaces, path</c> line per file, sorted by path (<c>sha256sum -c</c> reads it).</summary>
public static class BundleManifest
{
    /// <summary>Formats the manifest of <paramref name="files"/>.</summary>
    public static byte[] Format(IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sb = new StringBuilder();
        foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            sb.Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append("  ").Append(path).Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Parses a manifest strictly; throws <see cref="FormatException"/> naming the line.</summary>
    public static IReadOnlyDictionary<string, string> Parse(byte[] manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var text = Encoding.UTF8.GetString(manifest);
        if (text.Length == 0 || !text.EndsWith('\n'))
        {
            throw new FormatException("MANIFEST:1:1: empty or not newline-terminated");
        }

        var lines = text[..^1].Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length < 67 || line[64] != ' ' || line[65] != ' ' || !line[..64].All(char.IsAsciiHexDigitLower) || !result.TryAdd(line[66..], line[..64]))
            {
                throw new FormatException($"MANIFEST:{i + 1}:1: malformed or duplicate line");
            }
        }

        return result;
    }
}
