using System.Security.Cryptography;
using Governance.Ledger.Hashing;

namespace Governance.Ledger.Merkle;

/// <summary>RFC 9162 §2.1.1 hashing: leaf = SHA-256(0x00 ‖ data), node = SHA-256(0x01 ‖ left ‖ right).</summary>
public static class MerkleHash
{
    /// <summary>Hash size in bytes.</summary>
    public const int Size = 32;

    /// <summary>The root of the empty tree: SHA-256 of the empty string.</summary>
    public static byte[] Empty() => SHA256.HashData([]);

    /// <summary>The leaf hash of <paramref name="data"/>.</summary>
    public static byte[] Leaf(ReadOnlySpan<byte> data)
    {
        var hash = new byte[Size];
        Sha2.Sha256([0x00], data, hash);
        return hash;
    }

    /// <summary>The interior node hash of two children.</summary>
    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        var hash = new byte[Size];
        Sha2.Sha256(buffer, hash);
        return hash;
    }

    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n &gt; 1).</summary>
    internal static long SplitPoint(long n)
    {
        var k = 1L;
        while (k << 1 < n)
        {
            k <<= 1;
        }

        return k;
    }
}
