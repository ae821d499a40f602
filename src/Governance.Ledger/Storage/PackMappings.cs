using System.Globalization;
using System.Runtime.InteropServices;

namespace Governance.Ledger.Storage;

/// <summary>
/// Gives back the resident pages of libgit2's pack mappings (Linux). libgit2 maps every <c>.idx</c> file whole; a
/// lookup that misses the pack it found the last object in probes every pack's index, and the kernel maps 64 KiB
/// around each probed page, so a full verification of a million-entry ledger (one pack per 10,000-entry batch) ends
/// up with every index resident: 78 MiB of its 212 MiB peak, measured with <c>/proc/&lt;pid&gt;/smaps</c>. The ledger
/// is read in order, so only the current pack's pages are needed again. <c>madvise(MADV_DONTNEED)</c> drops the page
/// table entries of these read-only file mappings; the mappings stay valid and the next access maps the same bytes
/// again from the page cache (a minor fault), so libgit2 never sees a difference.
/// </summary>
internal static class PackMappings
{
    private const int MadvDontNeed = 4;

    /// <summary>Drops the resident pages of every mapped <c>.idx</c> and <c>.pack</c> file of this process; no-op elsewhere than Linux.</summary>
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                // "start-end perms offset dev inode path"; only private read-only file mappings of pack files.
                if (!(line.EndsWith(".idx", StringComparison.Ordinal) || line.EndsWith(".pack", StringComparison.Ordinal))
                    || !line.Contains("/objects/pack/", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = line.Split(' ', 3);
                var range = fields[0].Split('-');
                if (fields.Length < 3 || range.Length != 2 || !fields[1].StartsWith("r-", StringComparison.Ordinal)
                    || !ulong.TryParse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
                    || !ulong.TryParse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end) || end <= start)
                {
                    continue;
                }

                _ = madvise((nint)start, (nuint)(end - start), MadvDontNeed);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            // Only memory is at stake: without /proc or libc the mappings simply stay resident.
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int madvise(nint address, nuint length, int advice);
}
