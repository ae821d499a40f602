using System.IO.Compression;

namespace Governance.Audit.Bundles;

/// <summary>Reads every file of a bundle zip into memory, refusing paths that could escape a directory.</summary>
internal static class BundleFiles
{
    /// <summary>The files by name; a corrupt member is reported by name (exit 1), an unreadable zip throws <see cref="InvalidDataException"/>.</summary>
    public static (Dictionary<string, byte[]> Files, BundleVerdict? Failure) Read(string path, long maxBytes = 8L << 30)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(path);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (name.Length == 0 || name.EndsWith('/') || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal)
                || name.Split('/').Any(p => p is "" or "." or ".."))
            {
                return (files, BundleVerdict.Fails(name, "not a plain relative file name"));
            }

            total += entry.Length;
            if (total > maxBytes)
            {
                return (files, BundleVerdict.Fails(name, "the bundle unpacks to more than the size limit"));
            }

            try
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                if (!files.TryAdd(name, buffer.ToArray()))
                {
                    return (files, BundleVerdict.Fails(name, "appears twice in the zip"));
                }
            }
            catch (InvalidDataException ex)
            {
                return (files, BundleVerdict.Fails(name, "corrupt in the zip: " + ex.Message));
            }
        }

        return (files, null);
    }
}
