namespace Governance.Ledger.Merkle;

/// <summary>RFC 9162 §2.1.3.2 and §2.1.4.2 proof verification, with path length bounded to 64.</summary>
public static class MerkleProof
{
    private const int MaxPath = 64;

    /// <summary>True if <paramref name="proof"/> shows leaf <paramref name="leafHash"/> at <paramref name="index"/> in the tree of <paramref name="size"/> with <paramref name="root"/>.</summary>
    public static bool VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (index < 0 || index >= size || proof.Count > MaxPath)
        {
            return false;
        }

        ulong fn = (ulong)index, sn = (ulong)size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0 || p.Length != MerkleHash.Size)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.Node(p, r);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                r = MerkleHash.Node(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }

    /// <summary>True if <paramref name="proof"/> shows the tree (<paramref name="oldSize"/>, <paramref name="oldRoot"/>) is a prefix of (<paramref name="newSize"/>, <paramref name="newRoot"/>).</summary>
    public static bool VerifyConsistency(long oldSize, long newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (oldSize < 0 || oldSize > newSize || proof.Count > MaxPath)
        {
            return false;
        }

        if (oldSize == newSize)
        {
            return proof.Count == 0 && oldRoot.SequenceEqual(newRoot);
        }

        if (oldSize == 0)
        {
            return proof.Count == 0;
        }

        if (proof.Count == 0 || proof.Any(p => p.Length != MerkleHash.Size))
        {
            return false;
        }

        var path = new List<byte[]>(proof.Count + 1);
        if ((oldSize & (oldSize - 1)) == 0)
        {
            path.Add(oldRoot.ToArray());
        }

        path.AddRange(proof);
        ulong fn = (ulong)oldSize - 1, sn = (ulong)newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        byte[] fr = path[0], sr = path[0];
        for (var i = 1; i < path.Count; i++)
        {
            var c = path[i];
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.Node(c, fr);
                sr = MerkleHash.Node(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = MerkleHash.Node(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && fr.AsSpan().SequenceEqual(oldRoot) && sr.AsSpan().SequenceEqual(newRoot);
    }
}
