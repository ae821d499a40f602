using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Governance.Ledger.Storage;

/// <summary>
/// Writes a batch of git objects as one version-2 packfile plus its version-2 index (gitformat-pack), instead of
/// thousands of loose object files. Object ids are computed up front; the <c>.idx</c> is renamed into place last,
/// so a crash leaves at worst an ignored, unreferenced pack.
/// </summary>
internal sealed class PackWriter : IDisposable
{
    public const int Commit = 1;
    public const int Tree = 2;
    public const int Blob = 3;

    private static readonly uint[] CrcTable = BuildCrcTable();
    private readonly MemoryStream _body = new();
    private readonly List<(byte[] Id, long Offset, uint Crc)> _objects = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public int Count => _objects.Count;

    /// <summary>Adds an object (deduplicated) and returns its hex id.</summary>
    public string Add(int type, ReadOnlySpan<byte> content)
    {
        var header = Encoding.ASCII.GetBytes((type switch { Commit => "commit", Tree => "tree", _ => "blob" }) + " " + content.Length + "\0");
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha1.AppendData(header);
        sha1.AppendData(content);
        var id = sha1.GetHashAndReset();
        var hex = Convert.ToHexStringLower(id);
        if (!_seen.Add(hex))
        {
            return hex;
        }

        var start = _body.Length;
        var size = (ulong)content.Length;
        var b = (byte)((type << 4) | (int)(size & 0x0f));
        size >>= 4;
        while (size != 0)
        {
            _body.WriteByte((byte)(b | 0x80));
            b = (byte)(size & 0x7f);
            size >>= 7;
        }

        _body.WriteByte(b);
        using (var z = new ZLibStream(_body, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(content);
        }

        _objects.Add((id, 12 + start, Crc32(_body.GetBuffer().AsSpan((int)start, (int)(_body.Length - start)))));
        return hex;
    }

    /// <summary>Writes <c>pack-&lt;sha&gt;.pack</c> and <c>.idx</c> into <paramref name="gitDirectory"/>/objects/pack.</summary>
    public void WriteTo(string gitDirectory)
    {
        if (_objects.Count == 0)
        {
            return;
        }

        var header = new byte[12];
        "PACK"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 2);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), (uint)_objects.Count);
        using var packHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        packHash.AppendData(header);
        packHash.AppendData(_body.GetBuffer(), 0, (int)_body.Length);
        var checksum = packHash.GetHashAndReset();
        var name = "pack-" + Convert.ToHexStringLower(checksum);
        var folder = Path.Combine(gitDirectory, "objects", "pack");
        Directory.CreateDirectory(folder);
        var tmp = Path.Combine(folder, "tmp_" + name + "_" + Environment.ProcessId);
        using (var pack = File.Create(tmp + ".pack"))
        {
            pack.Write(header);
            pack.Write(_body.GetBuffer(), 0, (int)_body.Length);
            pack.Write(checksum);
        }

        File.WriteAllBytes(tmp + ".idx", BuildIndex(checksum));
        File.Move(tmp + ".pack", Path.Combine(folder, name + ".pack"), overwrite: true);
        File.Move(tmp + ".idx", Path.Combine(folder, name + ".idx"), overwrite: true);
    }

    private byte[] BuildIndex(byte[] packChecksum)
    {
        var sorted = _objects.OrderBy(o => o.Id, ByteComparer.Instance).ToList();
        using var idx = new MemoryStream();
        var u32 = new byte[4];
        void WriteU32(uint v)
        {
            BinaryPrimitives.WriteUInt32BigEndian(u32, v);
            idx.Write(u32);
        }

        idx.Write([0xff, 0x74, 0x4f, 0x63]);
        WriteU32(2);
        for (var i = 0; i < 256; i++)
        {
            WriteU32((uint)sorted.Count(o => o.Id[0] <= i));
        }

        sorted.ForEach(o => idx.Write(o.Id));
        sorted.ForEach(o => WriteU32(o.Crc));
        sorted.ForEach(o => WriteU32(checked((uint)o.Offset) < 0x80000000 ? (uint)o.Offset : throw new InvalidOperationException("Pack too large.")));
        idx.Write(packChecksum);
#pragma warning disable CA5350 // git object ids and pack checksums are SHA-1 by format; security rests on the SSHSIG/SHA-256 layers.
        idx.Write(SHA1.HashData(idx.GetBuffer().AsSpan(0, (int)idx.Length)));
#pragma warning restore CA5350
        return idx.ToArray();
    }

    public void Dispose() => _body.Dispose();

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xffffffffu;
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xff] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xedb88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private sealed class ByteComparer : IComparer<byte[]>
    {
        public static readonly ByteComparer Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
