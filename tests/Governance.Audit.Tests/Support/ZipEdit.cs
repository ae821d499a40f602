using System.IO.Compression;

namespace Governance.Audit.Tests.Support;

/// <summary>Reads and rewrites bundle zips the way an attacker would (any file, any byte).</summary>
internal static class ZipEdit
{
    public static Dictionary<string, byte[]> Read(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }

    public static void Write(string zip, IReadOnlyDictionary<string, byte[]> files)
    {
        File.Delete(zip);
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var (name, bytes) in files)
        {
            using var s = archive.CreateEntry(name).Open();
            s.Write(bytes);
        }
    }

    /// <summary>Copies <paramref name="zip"/> to <paramref name="target"/> with one byte of <paramref name="file"/> flipped (in the middle).</summary>
    public static void FlipByte(string zip, string target, string file)
    {
        var files = Read(zip);
        var bytes = files[file];
        bytes[bytes.Length / 2] ^= 0x01;
        Write(target, files);
    }

    public static void Extract(string zip, string directory) => ZipFile.ExtractToDirectory(zip, directory);
}
