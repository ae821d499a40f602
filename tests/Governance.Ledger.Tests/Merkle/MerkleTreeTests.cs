using Governance.Ledger.Merkle;

namespace Governance.Ledger.Tests.Merkle;

public sealed class MerkleTreeTests
{
    private static readonly string[] LeafInputs = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];

    private static readonly string[] Roots =
    [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    private static List<byte[]> VectorLeaves() => LeafInputs.Select(h => MerkleHash.Leaf(Convert.FromHexString(h))).ToList();

    private static string Hex(byte[] b) => Convert.ToHexStringLower(b);

    [Fact]
    public void Root_TestVectorTreesOfSize0To8_MatchReferenceRoots()
    {
        var leaves = VectorLeaves();
        for (var n = 0; n <= 8; n++)
        {
            Assert.Equal(Roots[n], Hex(MerkleTree.Root(leaves, n)));
        }
    }

    [Fact]
    public void CompactRange_AppendingVectorLeaves_MatchesReferenceRootsAtEverySize()
    {
        var range = new CompactRange();
        Assert.Equal(Roots[0], Hex(range.Root()));
        for (var n = 1; n <= 8; n++)
        {
            range.AppendData(Convert.FromHexString(LeafInputs[n - 1]));
            Assert.Equal(Roots[n], Hex(range.Root()));
        }
    }

    [Fact]
    public void InclusionProof_VectorIndexes_MatchReferencePrefixes()
    {
        var leaves = VectorLeaves();
        Assert.Equal(["96a296d2", "5f083f0a", "6b47aaf2"], MerkleTree.InclusionProof(leaves, 0, 8).Select(p => Hex(p)[..8]));
        Assert.Equal(["bc1a0643", "ca854ea1", "d37ee418"], MerkleTree.InclusionProof(leaves, 5, 8).Select(p => Hex(p)[..8]));
    }

    [Fact]
    public void ConsistencyProof_VectorSizes_MatchReferencePrefixes()
    {
        var leaves = VectorLeaves();
        Assert.Equal(["5f083f0a", "6b47aaf2"], MerkleTree.ConsistencyProof(leaves, 2, 8).Select(p => Hex(p)[..8]));
        Assert.Equal(["0ebc5d34", "ca854ea1", "d37ee418"], MerkleTree.ConsistencyProof(leaves, 6, 8).Select(p => Hex(p)[..8]));
        Assert.Equal(["5f083f0a", "bc1a0643"], MerkleTree.ConsistencyProof(leaves, 2, 5).Select(p => Hex(p)[..8]));
    }

    [Fact]
    public void InclusionProof_AllIndexesAllSizesUpTo64_VerifyAndTamperedFail()
    {
        var leaves = Enumerable.Range(0, 64).Select(i => MerkleHash.Leaf(BitConverter.GetBytes(i))).ToList();
        for (var n = 1; n <= 64; n++)
        {
            var root = MerkleTree.Root(leaves, n);
            for (var m = 0; m < n; m++)
            {
                var proof = MerkleTree.InclusionProof(leaves, m, n);
                Assert.True(MerkleProof.VerifyInclusion(m, n, leaves[m], proof, root), $"inclusion {m} in {n}");
                if (n > 1)
                {
                    Assert.False(MerkleProof.VerifyInclusion((m + 1) % n, n, leaves[m], proof, root), $"wrong index {m} in {n}");
                }

                Assert.False(MerkleProof.VerifyInclusion(m, n, leaves[(m + 1) % 64], proof, root), $"wrong leaf {m} in {n}");
                if (proof.Count > 0)
                {
                    var tampered = proof.Select(p => (byte[])p.Clone()).ToList();
                    tampered[^1][0] ^= 1;
                    Assert.False(MerkleProof.VerifyInclusion(m, n, leaves[m], tampered, root));
                    Assert.False(MerkleProof.VerifyInclusion(m, n, leaves[m], proof.Take(proof.Count - 1).ToList(), root));
                }

                Assert.False(MerkleProof.VerifyInclusion(m, n, leaves[m], [.. proof, root], root));
            }
        }
    }

    [Fact]
    public void ConsistencyProof_AllPairsUpTo64_VerifyAndTamperedFail()
    {
        var leaves = Enumerable.Range(0, 64).Select(i => MerkleHash.Leaf(BitConverter.GetBytes(i * 7))).ToList();
        for (var n = 1; n <= 64; n++)
        {
            var newRoot = MerkleTree.Root(leaves, n);
            for (var m = 1; m <= n; m++)
            {
                var oldRoot = MerkleTree.Root(leaves, m);
                var proof = MerkleTree.ConsistencyProof(leaves, m, n);
                Assert.True(MerkleProof.VerifyConsistency(m, n, oldRoot, newRoot, proof), $"consistency {m}->{n}");
                var badOld = (byte[])oldRoot.Clone();
                badOld[5] ^= 0x40;
                Assert.False(MerkleProof.VerifyConsistency(m, n, badOld, newRoot, proof), $"altered old root {m}->{n}");
                if (m < n)
                {
                    var badNew = (byte[])newRoot.Clone();
                    badNew[0] ^= 1;
                    Assert.False(MerkleProof.VerifyConsistency(m, n, oldRoot, badNew, proof));
                    var tampered = proof.Select(p => (byte[])p.Clone()).ToList();
                    tampered[0][31] ^= 1;
                    Assert.False(MerkleProof.VerifyConsistency(m, n, oldRoot, newRoot, tampered));
                }
            }
        }
    }

    [Fact]
    public void CompactRange_ManyLeaves_MatchesRecursiveRoot()
    {
        var leaves = Enumerable.Range(0, 1000).Select(i => MerkleHash.Leaf(BitConverter.GetBytes(i))).ToList();
        var range = new CompactRange();
        for (var i = 0; i < leaves.Count; i++)
        {
            range.AppendLeafHash(leaves[i]);
            if (i % 97 == 0 || i == leaves.Count - 1)
            {
                Assert.Equal(Hex(MerkleTree.Root(leaves, i + 1)), Hex(range.Root()));
            }
        }
    }

    [Fact]
    public void VerifyConsistency_EdgeCases_FollowConventions()
    {
        var leaves = VectorLeaves();
        var r3 = MerkleTree.Root(leaves, 3);
        Assert.True(MerkleProof.VerifyConsistency(3, 3, r3, r3, []));
        Assert.False(MerkleProof.VerifyConsistency(3, 3, r3, MerkleTree.Root(leaves, 4), []));
        Assert.True(MerkleProof.VerifyConsistency(0, 3, MerkleHash.Empty(), r3, []));
        Assert.False(MerkleProof.VerifyConsistency(2, 3, MerkleTree.Root(leaves, 2), r3, []));
        Assert.False(MerkleProof.VerifyConsistency(4, 3, r3, r3, []));
    }
}
