using System.Security.Cryptography;
using Governance.Ledger.Hashing;

namespace Governance.Ledger.Merkle;

/// <summary>
/// Incremental RFC 9162 tree: keeps only the roots of the perfect subtrees covering the leaves so far
/// (at most ⌈log2 n⌉+1 hashes), so appending and computing the root need O(log n) memory.
/// </summary>
public sealed class CompactRange
{
    private readonly List<byte[]> _roots = [];

    /// <summary>Number of leaves appended.</summary>
    public long Size { get; private set; }

    /// <summary>Appends an entry's bytes (hashed as a leaf).</summary>
    public void AppendData(ReadOnlySpan<byte> data) => AppendLeafHash(MerkleHash.Leaf(data));

    /// <summary>Appends an already computed leaf hash.</summary>
    public void AppendLeafHash(byte[] leafHash)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        var node = leafHash;
        var size = Size;
        while ((size & 1) == 1)
        {
            node = MerkleHash.Node(_roots[^1], node);
            _roots.RemoveAt(_roots.Count - 1);
            size >>= 1;
        }

        _roots.Add(node);
        Size++;
    }

    /// <summary>The tree hash of all leaves so far (the empty hash when none).</summary>
    public byte[] Root()
    {
        var root = new byte[MerkleHash.Size];
        WriteRoot(root);
        return root;
    }

    /// <summary>Writes <see cref="Root"/> into <paramref name="destination"/> (32 bytes) without allocating.</summary>
    public void WriteRoot(Span<byte> destination)
    {
        if (_roots.Count == 0)
        {
            SHA256.HashData([], destination);
            return;
        }

        _roots[^1].CopyTo(destination);
        Span<byte> node = stackalloc byte[1 + (2 * MerkleHash.Size)];
        for (var i = _roots.Count - 2; i >= 0; i--)
        {
            node[0] = 0x01;
            _roots[i].CopyTo(node[1..]);
            destination[..MerkleHash.Size].CopyTo(node[(1 + MerkleHash.Size)..]);
            Sha2.Sha256(node, destination);
        }
    }

    /// <summary>The perfect-subtree roots, largest (leftmost) first.</summary>
    public IReadOnlyList<byte[]> Roots => _roots;

    /// <summary>Rebuilds a range from its size and subtree roots; throws if the count does not match the size.</summary>
    public static CompactRange FromRoots(long size, IReadOnlyList<byte[]> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        if (size < 0 || long.PopCount(size) != roots.Count || roots.Any(r => r.Length != MerkleHash.Size))
        {
            throw new ArgumentException("Subtree roots do not match the tree size.", nameof(roots));
        }

        var range = new CompactRange { Size = size };
        range._roots.AddRange(roots);
        return range;
    }

    /// <summary>A copy of this range (e.g. to try a batch without committing to it).</summary>
    public CompactRange Clone()
    {
        var copy = new CompactRange { Size = Size };
        copy._roots.AddRange(_roots);
        return copy;
    }
}
