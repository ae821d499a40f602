namespace Governance.Ledger.Merkle;

/// <summary>RFC 9162 §2.1 tree hash and proof generation over a list of leaf hashes.</summary>
public static class MerkleTree
{
    /// <summary>MTH of the first <paramref name="size"/> leaves.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leafHashes, long size)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leafHashes.Count);
        return size == 0 ? MerkleHash.Empty() : Hash(leafHashes, 0, size);
    }

    /// <summary>Inclusion proof (audit path) for leaf <paramref name="index"/> in the tree of <paramref name="size"/> leaves, leaf-side first.</summary>
    public static IReadOnlyList<byte[]> InclusionProof(IReadOnlyList<byte[]> leafHashes, long index, long size)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, leafHashes.Count);
        if (index < 0 || index >= size)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var path = new List<byte[]>();
        Path(leafHashes, index, 0, size, path);
        return path;
    }

    /// <summary>Consistency proof between the trees of <paramref name="oldSize"/> and <paramref name="newSize"/> leaves (empty when equal or old is 0).</summary>
    public static IReadOnlyList<byte[]> ConsistencyProof(IReadOnlyList<byte[]> leafHashes, long oldSize, long newSize)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(newSize, leafHashes.Count);
        if (oldSize < 0 || oldSize > newSize)
        {
            throw new ArgumentOutOfRangeException(nameof(oldSize));
        }

        var proof = new List<byte[]>();
        if (oldSize > 0 && oldSize < newSize)
        {
            SubProof(leafHashes, oldSize, 0, newSize, true, proof);
        }

        return proof;
    }

    private static byte[] Hash(IReadOnlyList<byte[]> leaves, long start, long end)
    {
        var n = end - start;
        if (n == 1)
        {
            return leaves[(int)start];
        }

        var k = MerkleHash.SplitPoint(n);
        return MerkleHash.Node(Hash(leaves, start, start + k), Hash(leaves, start + k, end));
    }

    private static void Path(IReadOnlyList<byte[]> leaves, long m, long start, long end, List<byte[]> path)
    {
        var n = end - start;
        if (n == 1)
        {
            return;
        }

        var k = MerkleHash.SplitPoint(n);
        if (m < k)
        {
            Path(leaves, m, start, start + k, path);
            path.Add(Hash(leaves, start + k, end));
        }
        else
        {
            Path(leaves, m - k, start + k, end, path);
            path.Add(Hash(leaves, start, start + k));
        }
    }

    private static void SubProof(IReadOnlyList<byte[]> leaves, long m, long start, long end, bool complete, List<byte[]> proof)
    {
        var n = end - start;
        if (m == n)
        {
            if (!complete)
            {
                proof.Add(Hash(leaves, start, end));
            }

            return;
        }

        var k = MerkleHash.SplitPoint(n);
        if (m <= k)
        {
            SubProof(leaves, m, start, start + k, complete, proof);
            proof.Add(Hash(leaves, start + k, end));
        }
        else
        {
            SubProof(leaves, m - k, start + k, end, false, proof);
            proof.Add(Hash(leaves, start, start + k));
        }
    }
}
