using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Governance.Expressions.Caching;

/// <summary>Cache entries on disk: <c>GOVX</c>, a format byte, the 64-character key, the assembly length and bytes,
/// then SHA-256 of everything before. A corrupt or foreign entry reads as absent; writes are atomic (temp file + rename).</summary>
internal static class CacheStore
{
    private const byte FormatVersion = 1;
    private const int KeyLength = 64;
    private static readonly byte[] Magic = "GOVX"u8.ToArray();
    private static readonly int HeaderLength = Magic.Length + 1 + KeyLength + sizeof(int);

    /// <summary>The entry's path for <paramref name="key"/>.</summary>
    public static string PathFor(string directory, string key) => Path.Combine(directory, key + ".gxa");

    /// <summary>The cached assembly bytes, or null when the entry is missing, truncated, corrupt or for another key.</summary>
    public static byte[]? TryRead(string path, string key)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (content.Length < HeaderLength + SHA256.HashSizeInBytes
            || !content.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || content[Magic.Length] != FormatVersion
            || !content.AsSpan(Magic.Length + 1, KeyLength).SequenceEqual(Encoding.ASCII.GetBytes(key)))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(content.AsSpan(HeaderLength - sizeof(int)));
        if (length <= 0 || length != content.Length - HeaderLength - SHA256.HashSizeInBytes)
        {
            return null;
        }

        var body = content.AsSpan(0, HeaderLength + length);
        var hash = SHA256.HashData(body);
        return hash.AsSpan().SequenceEqual(content.AsSpan(HeaderLength + length)) ? body[HeaderLength..].ToArray() : null;
    }

    /// <summary>Writes the entry atomically; returns false (and leaves no temp file) when the directory is not writable.</summary>
    public static bool TryWrite(string path, string key, byte[] assembly)
    {
        var content = new byte[HeaderLength + assembly.Length + SHA256.HashSizeInBytes];
        Magic.CopyTo(content, 0);
        content[Magic.Length] = FormatVersion;
        Encoding.ASCII.GetBytes(key).CopyTo(content, Magic.Length + 1);
        BinaryPrimitives.WriteInt32LittleEndian(content.AsSpan(HeaderLength - sizeof(int)), assembly.Length);
        assembly.CopyTo(content, HeaderLength);
        SHA256.HashData(content.AsSpan(0, HeaderLength + assembly.Length), content.AsSpan(HeaderLength + assembly.Length));

        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, content);
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temp file is harmless and never read.
        }
    }
}
