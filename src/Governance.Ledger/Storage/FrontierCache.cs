using System.Globalization;
using Governance.Ledger.Merkle;

namespace Governance.Ledger.Storage;

/// <summary>
/// Caches the Merkle frontier (compact range) of ledger commits under <c>.git/governance/frontier/</c> so an
/// append need not re-read history. A cached frontier is used only if it folds to the tip's signed checkpoint root.
/// </summary>
internal static class FrontierCache
{
    public static void Save(string gitDir, string commitId, CompactRange range)
    {
        var folder = Path.Combine(gitDir, "governance", "frontier");
        Directory.CreateDirectory(folder);
        var lines = new List<string> { range.Size.ToString(CultureInfo.InvariantCulture) };
        lines.AddRange(range.Roots.Select(Convert.ToHexStringLower));
        var temp = Path.Combine(folder, commitId + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp");
        File.WriteAllLines(temp, lines);
        File.Move(temp, Path.Combine(folder, commitId), overwrite: true);
    }

    public static CompactRange? Load(string gitDir, string commitId, long expectedSize, ReadOnlySpan<byte> expectedRoot)
    {
        var file = Path.Combine(gitDir, "governance", "frontier", commitId);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            var lines = File.ReadAllLines(file);
            var range = CompactRange.FromRoots(long.Parse(lines[0], CultureInfo.InvariantCulture), lines[1..].Select(Convert.FromHexString).ToList());
            return range.Size == expectedSize && range.Root().AsSpan().SequenceEqual(expectedRoot) ? range : null;
        }
        catch (Exception ex) when (ex is FormatException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
