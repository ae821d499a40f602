using System.IO.Compression;

namespace Governance.Audit.Export;

/// <summary>A zip whose bytes depend only on its files: sorted names, a fixed 1980-01-01 time, fixed modes, no extra fields.</summary>
public static class DeterministicZip
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes <paramref name="files"/> (already-compressed ones stored, the rest deflated).</summary>
    public static byte[] Write(IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var level = name.EndsWith(".bundle", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                var entry = zip.CreateEntry(name, level);
                entry.LastWriteTime = Epoch;
                entry.ExternalAttributes = Convert.ToInt32("100644", 8) << 16;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
