using System.Text.Json.Nodes;
using Governance.Ledger.Merkle;
using Governance.Ledger.Storage;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Audit;

/// <summary>
/// RFC 9162 inclusion and consistency proofs against the ledger's current signed checkpoint, as the JSON object
/// <c>govern audit prove --format json</c> prints and <c>govern audit verify-proof</c> checks.
/// </summary>
public static class LedgerProofs
{
    /// <summary>The proof of <paramref name="inclusion"/> or <paramref name="consistency"/> (exactly one), with the tip's origin and checkpoint.</summary>
    /// <param name="store">The open ledger.</param>
    /// <param name="inclusion">Prove that this entry is in the ledger.</param>
    /// <param name="consistency">Prove that the first this-many entries are a prefix of the ledger.</param>
    /// <param name="cancellationToken">Cancels before the leaves are read.</param>
    /// <exception cref="WorkflowException">An empty ledger, neither or both asked, or an entry or size out of range (exit 2).</exception>
    public static JsonObject Create(LedgerStore store, long? inclusion, long? consistency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var tip = store.Tip ?? throw new WorkflowException("the ledger is empty: nothing to prove");
        cancellationToken.ThrowIfCancellationRequested();
        var leaves = store.LeafHashes();
        var proof = (inclusion, consistency) switch
        {
            ({ } seq, null) => Inclusion(store, leaves, seq, tip.Seq),
            (null, { } size) => Consistency(leaves, size, tip.Seq),
            _ => throw new WorkflowException("give exactly one of --inclusion <seq> or --consistency <size>"),
        };
        proof["origin"] = tip.Checkpoint.Origin;
        proof["checkpoint"] = tip.CheckpointNote;
        return proof;
    }

    private static JsonObject Inclusion(LedgerStore store, IReadOnlyList<byte[]> leaves, long seq, long size)
    {
        if (seq < 1 || seq > size)
        {
            throw new WorkflowException($"--inclusion: entry {seq} does not exist (the ledger has {size} entries)");
        }

        var entry = store.ReadAll().First(e => e.Entry.Seq == seq).Entry;
        return new JsonObject
        {
            ["kind"] = "inclusion",
            ["seq"] = seq,
            ["treeSize"] = size,
            ["leafHash"] = Hex(leaves[(int)seq - 1]),
            ["rootHash"] = Hex(MerkleTree.Root(leaves, size)),
            ["hashes"] = Hashes(MerkleTree.InclusionProof(leaves, seq - 1, size)),
            ["entry"] = Convert.ToBase64String(entry.CanonicalBytes.Span),
        };
    }

    private static JsonObject Consistency(IReadOnlyList<byte[]> leaves, long oldSize, long size)
    {
        if (oldSize < 1 || oldSize > size)
        {
            throw new WorkflowException($"--consistency: size {oldSize} must be between 1 and {size}");
        }

        return new JsonObject
        {
            ["kind"] = "consistency",
            ["oldSize"] = oldSize,
            ["treeSize"] = size,
            ["oldRootHash"] = Hex(MerkleTree.Root(leaves, oldSize)),
            ["rootHash"] = Hex(MerkleTree.Root(leaves, size)),
            ["hashes"] = Hashes(MerkleTree.ConsistencyProof(leaves, oldSize, size)),
        };
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);

    private static JsonArray Hashes(IReadOnlyList<byte[]> hashes) => new([.. hashes.Select(h => (JsonNode)Hex(h))]);
}
