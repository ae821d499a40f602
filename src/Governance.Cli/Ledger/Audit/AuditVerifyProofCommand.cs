using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Merkle;
using Governance.Ledger.Trust;

namespace Governance.Cli.Ledger.Audit;

/// <summary><c>govern audit verify-proof</c>: checks a saved proof offline, with no repository: exit 0 valid, 1 invalid, 2 unreadable.</summary>
internal static class AuditVerifyProofCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        Argument<string> proofFile = new("proof") { Description = "A proof saved with 'govern audit prove --format json'" };
        Option<string?> signers = new("--allowed-signers") { Description = "Check the proof's checkpoint signature against these trusted signers" };
        Option<string?> trusted = new("--trusted-checkpoint") { Description = "For a consistency proof: the old checkpoint you trust" };
        var command = new Command("verify-proof", "Verify an inclusion or consistency proof offline") { proofFile, signers, trusted };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(proofFile);
            JsonObject proof;
            try
            {
                proof = JsonNode.Parse(InputFiles.Read(context, path, "proof")) as JsonObject ?? throw new CliException($"{path}: not a proof object");
            }
            catch (JsonException ex)
            {
                throw new CliException($"{path}:{ex.LineNumber + 1}:{ex.BytePositionInLine + 1}: invalid JSON");
            }

            var store = parse.GetValue(signers) is { } file ? TrustStore.Parse(Encoding.UTF8.GetString(InputFiles.Read(context, file, "allowed signers"))) : null;
            var oldNote = parse.GetValue(trusted) is { } t ? Encoding.UTF8.GetString(InputFiles.Read(context, t, "checkpoint")) : null;
            var problem = Check(proof, store, oldNote, out var summary);
            context.Output.WriteLine(problem is null ? $"valid: {summary}" : $"INVALID: {problem}");
            return problem is null ? ExitCodes.Allow : ExitCodes.Deny;
        });
        return command;
    }

    private static string? Check(JsonObject proof, TrustStore? store, string? oldNote, out string summary)
    {
        try
        {
            var size = (long)proof["treeSize"]!;
            var root = Convert.FromHexString((string)proof["rootHash"]!);
            var hashes = proof["hashes"]!.AsArray().Select(h => Convert.FromHexString((string)h!)).ToList();
            string? problem;
            if ((string?)proof["kind"] == "inclusion")
            {
                var seq = (long)proof["seq"]!;
                var leaf = proof["entry"] is { } entry ? MerkleHash.Leaf(Convert.FromBase64String((string)entry!)) : Convert.FromHexString((string)proof["leafHash"]!);
                summary = $"entry {seq} is included in the ledger of {size} entries";
                problem = MerkleProof.VerifyInclusion(seq - 1, size, leaf, hashes, root) ? null : "the inclusion proof does not lead to the root hash";
            }
            else
            {
                var oldSize = (long)proof["oldSize"]!;
                var oldRoot = Convert.FromHexString((string)proof["oldRootHash"]!);
                summary = $"the ledger of {oldSize} entries is a prefix of the ledger of {size} entries";
                problem = MerkleProof.VerifyConsistency(oldSize, size, oldRoot, root, hashes) ? null : "the consistency proof does not connect the two roots";
                problem ??= oldNote is null ? null : MatchesTrusted(oldNote, store, oldSize, oldRoot);
            }

            return problem ?? CheckpointProblem(proof, store, size, root, ref summary);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            summary = "";
            return $"malformed proof: {ex.Message}";
        }
    }

    private static string? CheckpointProblem(JsonObject proof, TrustStore? store, long size, byte[] root, ref string summary)
    {
        if (store is null || (string?)proof["checkpoint"] is not { } note)
        {
            summary += " (checkpoint signature not checked: pass --allowed-signers)";
            return null;
        }

        var (checkpoint, signer) = CheckpointNote.Open(note, store.AllKeys());
        if (signer is null)
        {
            return "the proof's checkpoint is not signed by a trusted signer";
        }

        summary += $"; checkpoint signed by {signer.Fingerprint}";
        return checkpoint.Size == size && checkpoint.RootHash.Span.SequenceEqual(root) ? null : "the signed checkpoint names another size or root";
    }

    private static string? MatchesTrusted(string note, TrustStore? store, long oldSize, byte[] oldRoot)
    {
        var (checkpoint, signer) = CheckpointNote.Open(note, store?.AllKeys() ?? []);
        if (store is not null && signer is null)
        {
            return "the trusted checkpoint is not signed by a trusted signer";
        }

        return checkpoint.Size == oldSize && checkpoint.RootHash.Span.SequenceEqual(oldRoot) ? null : "the proof's old root differs from the trusted checkpoint";
    }
}
