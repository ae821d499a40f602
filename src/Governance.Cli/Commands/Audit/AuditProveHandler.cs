using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Cli.Ledger.Audit;
using Governance.Ledger.Merkle;

namespace Governance.Cli.Commands.Audit;

/// <summary>Produces an RFC 9162 inclusion or consistency proof against the current signed checkpoint.</summary>
internal sealed class AuditProveHandler(HostContext context)
{
    /// <summary>Prints the proof of <paramref name="inclusion"/> or <paramref name="consistency"/> (exactly one), as text or JSON.</summary>
    public Task<int> HandleAsync(string repository, long? inclusion, long? consistency, bool json, CancellationToken cancellationToken)
    {
        using var store = LedgerSession.OpenStore(repository, context.Time);
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
        context.Output.WriteLine(json ? proof.ToJsonString(new() { WriteIndented = true }) : ProofText.Render(proof));
        return Task.FromResult(ExitCodes.Allow);
    }

    private static JsonObject Inclusion(Governance.Ledger.Storage.LedgerStore store, IReadOnlyList<byte[]> leaves, long seq, long size)
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
