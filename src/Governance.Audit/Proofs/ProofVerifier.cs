using System.Text.Json.Nodes;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Merkle;
using Governance.Ledger.Trust;

namespace Governance.Audit.Proofs;

/// <summary>Verifies RFC 9162 inclusion and consistency proofs offline, with no repository.</summary>
public static class ProofVerifier
{
    /// <summary>
    /// Checks a proof saved by <c>govern audit prove --format json</c>: the Merkle path leads to its root, its checkpoint is
    /// signed by one of <paramref name="store"/> (when given) for that size and root, and for a consistency proof the old
    /// root matches <paramref name="oldNote"/> (when given).
    /// </summary>
    /// <param name="proof">The proof document.</param>
    /// <param name="store">The trusted signers, or null to leave the checkpoint signature unchecked (the summary says so).</param>
    /// <param name="oldNote">The old checkpoint the holder trusts, for a consistency proof.</param>
    /// <returns>What was shown, and the problem or null when the proof holds.</returns>
    public static ProofCheck Check(JsonObject proof, TrustStore? store, string? oldNote)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var problem = Problem(proof, store, oldNote, out var summary);
        return new ProofCheck(problem, summary);
    }

    private static string? Problem(JsonObject proof, TrustStore? store, string? oldNote, out string summary)
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
