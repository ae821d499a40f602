using System.Text;
using System.Text.Json.Nodes;
using Governance.Audit.Proofs;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Keys;
using Governance.Ledger.Merkle;
using Governance.Ledger.Trust;

namespace Governance.Audit.Tests.Proofs;

/// <summary>
/// An auditor's offline proof check at library level (RFC 9162 proofs, C2SP checkpoint notes). The attacker hands
/// the auditor a proof: every part of it — the entry, the path, the root, the checkpoint — is theirs to choose; only a
/// checkpoint signed by a trusted key ties it to the ledger.
/// </summary>
public sealed class ProofVerifierTests : IDisposable
{
    private const string Origin = "example.org/models/ledger";
    private static readonly byte[][] Entries = [.. Enumerable.Range(1, 7).Select(i => Encoding.UTF8.GetBytes($$"""{"seq":{{i}}}"""))];
    private static readonly List<byte[]> Leaves = [.. Entries.Select(e => MerkleHash.Leaf(e))];

    private static readonly byte[] Forged = Encoding.UTF8.GetBytes("""{"seq":3,"forged":true}""");

    private readonly KeyPair _recorder = KeyPair.Generate();
    private readonly KeyPair _stranger = KeyPair.Generate();

    [Fact]
    public void Check_GenuineInclusionProofWithTrustedCheckpoint_PassesAndNamesTheSigner()
    {
        var check = ProofVerifier.Check(Inclusion(3, Note(7, _recorder)), Trusted(), oldNote: null);

        Assert.Null(check.Problem);
        Assert.Contains("entry 3 is included in the ledger of 7 entries", check.Summary, StringComparison.Ordinal);
        Assert.Contains(_recorder.PublicKey.Fingerprint, check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoTrustStore_PassesButSaysTheCheckpointWasNotChecked()
    {
        var check = ProofVerifier.Check(Inclusion(3, Note(7, _stranger)), store: null, oldNote: null);

        Assert.Null(check.Problem);
        Assert.Contains("checkpoint signature not checked", check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EntryEditedAfterTheProof_Fails()
    {
        var proof = Inclusion(3, Note(7, _recorder));
        proof["entry"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"seq":3,"verdict":"allow"}"""));

        Assert.Equal("the inclusion proof does not lead to the root hash", ProofVerifier.Check(proof, Trusted(), null).Problem);
    }

    [Fact]
    public void Check_ForgedTreeWithItsOwnCheckpointByAnUntrustedKey_Fails()
    {
        var forged = Leaves.ToList();
        forged[2] = MerkleHash.Leaf(Forged);
        var proof = Inclusion(3, Note(7, _stranger, forged), forged);
        proof["entry"] = Convert.ToBase64String(Forged);

        Assert.Equal("the proof's checkpoint is not signed by a trusted signer", ProofVerifier.Check(proof, Trusted(), null).Problem);
    }

    [Fact]
    public void Check_ForgedTreePairedWithAGenuineCheckpoint_Fails()
    {
        var forged = Leaves.ToList();
        forged[2] = MerkleHash.Leaf(Forged);
        var proof = Inclusion(3, Note(7, _recorder), forged);
        proof["entry"] = Convert.ToBase64String(Forged);

        Assert.Equal("the signed checkpoint names another size or root", ProofVerifier.Check(proof, Trusted(), null).Problem);
    }

    [Fact]
    public void Check_GenuineConsistencyProofFromTheAuditorsCheckpoint_Passes()
    {
        var check = ProofVerifier.Check(Consistency(4, Note(7, _recorder)), Trusted(), oldNote: Note(4, _recorder));

        Assert.Null(check.Problem);
        Assert.Contains("the ledger of 4 entries is a prefix of the ledger of 7 entries", check.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HistoryRewrittenBeforeTheAuditorsCheckpoint_Fails()
    {
        var rewritten = Leaves.ToList();
        rewritten[1] = MerkleHash.Leaf("""{"seq":2,"rewritten":true}"""u8);
        var proof = Consistency(4, Note(7, _recorder, rewritten), rewritten);

        Assert.Equal("the proof's old root differs from the trusted checkpoint", ProofVerifier.Check(proof, Trusted(), Note(4, _recorder)).Problem);
    }

    [Fact]
    public void Check_AuditorsCheckpointNotSignedByATrustedKey_Fails()
    {
        var check = ProofVerifier.Check(Consistency(4, Note(7, _recorder)), Trusted(), oldNote: Note(4, _stranger));

        Assert.Equal("the trusted checkpoint is not signed by a trusted signer", check.Problem);
    }

    [Theory]
    [InlineData("treeSize")]
    [InlineData("rootHash")]
    [InlineData("hashes")]
    public void Check_MemberMissing_MalformedNotThrown(string member)
    {
        var proof = Inclusion(3, Note(7, _recorder));
        proof.Remove(member);

        Assert.StartsWith("malformed proof:", ProofVerifier.Check(proof, Trusted(), null).Problem, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _recorder.Dispose();
        _stranger.Dispose();
    }

    private TrustStore Trusted() =>
        TrustStore.Parse($"recorder@acme.example namespaces=\"git\" {_recorder.PublicKey.ToOpenSsh()}\n");

    private static string Note(long size, KeyPair key, IReadOnlyList<byte[]>? leaves = null) =>
        CheckpointNote.Sign(new Checkpoint(Origin, size, MerkleTree.Root(leaves ?? Leaves, size)), key);

    private static JsonObject Inclusion(long seq, string note, IReadOnlyList<byte[]>? leaves = null)
    {
        leaves ??= Leaves;
        return AsRead(new JsonObject
        {
            ["kind"] = "inclusion",
            ["seq"] = seq,
            ["treeSize"] = 7,
            ["rootHash"] = Convert.ToHexStringLower(MerkleTree.Root(leaves, 7)),
            ["hashes"] = Hashes(MerkleTree.InclusionProof(leaves, seq - 1, 7)),
            ["entry"] = Convert.ToBase64String(Entries[seq - 1]),
            ["checkpoint"] = note,
        });
    }

    private static JsonObject Consistency(long oldSize, string note, IReadOnlyList<byte[]>? leaves = null)
    {
        leaves ??= Leaves;
        return AsRead(new JsonObject
        {
            ["kind"] = "consistency",
            ["oldSize"] = oldSize,
            ["treeSize"] = 7,
            ["oldRootHash"] = Convert.ToHexStringLower(MerkleTree.Root(leaves, oldSize)),
            ["rootHash"] = Convert.ToHexStringLower(MerkleTree.Root(leaves, 7)),
            ["hashes"] = Hashes(MerkleTree.ConsistencyProof(leaves, oldSize, 7)),
            ["checkpoint"] = note,
        });
    }

    /// <summary>The proof as an auditor reads it: from the JSON text <c>govern audit prove --json</c> printed.</summary>
    private static JsonObject AsRead(JsonObject proof) => JsonNode.Parse(proof.ToJsonString())!.AsObject();

    private static JsonArray Hashes(IReadOnlyList<byte[]> hashes) => [.. hashes.Select(h => (JsonNode)Convert.ToHexStringLower(h))];
}
