using System.CommandLine;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Merkle;

namespace Governance.Cli.Ledger.Audit;

/// <summary><c>govern audit prove --inclusion &lt;seq&gt; | --consistency &lt;size&gt;</c>: RFC 9162 proofs against the current signed checkpoint.</summary>
internal static class AuditProveCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        Option<string?> repo = new("--repo") { Description = "Repository holding the ledger (default: current directory)" };
        Option<long?> inclusion = new("--inclusion") { Description = "Prove that entry <seq> is in the ledger" };
        Option<long?> consistency = new("--consistency") { Description = "Prove that the ledger of <size> entries is a prefix of the current one" };
        Option<string> format = new("--format", "-f") { Description = "text or json (json is what verify-proof reads)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("prove", "Produce an inclusion or consistency proof") { repo, inclusion, consistency, format };
        command.SetAction(parse =>
        {
            using var store = LedgerSession.OpenStore(context.Resolve(parse.GetValue(repo) ?? "."), context.Time);
            var tip = store.Tip ?? throw new CliException("the ledger is empty: nothing to prove");
            var leaves = store.LeafHashes();
            var proof = (parse.GetValue(inclusion), parse.GetValue(consistency)) switch
            {
                ({ } seq, null) => Inclusion(store, leaves, seq, tip.Seq),
                (null, { } size) => Consistency(leaves, size, tip.Seq),
                _ => throw new CliException("give exactly one of --inclusion <seq> or --consistency <size>"),
            };
            proof["origin"] = tip.Checkpoint.Origin;
            proof["checkpoint"] = tip.CheckpointNote;
            context.Output.WriteLine(parse.GetValue(format) == "json" ? proof.ToJsonString(new() { WriteIndented = true }) : ProofText.Render(proof));
            return ExitCodes.Allow;
        });
        return command;
    }

    private static JsonObject Inclusion(Governance.Ledger.Storage.LedgerStore store, IReadOnlyList<byte[]> leaves, long seq, long size)
    {
        if (seq < 1 || seq > size)
        {
            throw new CliException($"--inclusion: entry {seq} does not exist (the ledger has {size} entries)");
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
            throw new CliException($"--consistency: size {oldSize} must be between 1 and {size}");
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
