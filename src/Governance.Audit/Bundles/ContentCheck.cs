using System.Globalization;
using System.Text.Json;
using Governance.Audit.Export;
using Governance.Audit.Trail;
using Governance.Ledger.Entries;
using Governance.Ledger.Merkle;
using Governance.Ledger.Signing;
using Governance.Ledger.Trust;

namespace Governance.Audit.Bundles;

/// <summary>Checks the inclusion proofs against the checkpoint and each decision attestation against its signature and ledger entry.</summary>
internal static class ContentCheck
{
    public static (BundleVerdict? Failure, int Proofs, int Attestations) Run(Dictionary<string, byte[]> files, TrailSnapshot snapshot, AuditTrust trust)
    {
        var head = snapshot.Head!;
        var proofs = 0;
        if (files.TryGetValue(BundleLayout.Proofs, out var proofBytes))
        {
            var lines = System.Text.Encoding.UTF8.GetString(proofBytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Proof(lines[i], snapshot, head.Size, head.RootHash.Span) is { } problem)
                {
                    return (BundleVerdict.Fails(BundleLayout.Proofs, $"line {i + 1}: {problem.Message}", problem.Seq), 0, 0);
                }

                proofs++;
            }
        }

        var attestations = 0;
        var recorders = trust.Store.KeysFor(TrustStore.GitNamespace, snapshot.Entries[^1].Entry.Time);
        foreach (var (name, bytes) in files.Where(f => f.Key.StartsWith(BundleLayout.Attestations, StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var stem = name[BundleLayout.Attestations.Length..];
            if (!stem.StartsWith("decision-", StringComparison.Ordinal) || !stem.EndsWith(".dsse.json", StringComparison.Ordinal)
                || !long.TryParse(stem["decision-".Length..^".dsse.json".Length], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                || snapshot.At(seq) is not { } stored || stored.Entry.Type != EntryTypes.DecisionRecorded)
            {
                return (BundleVerdict.Fails(name, "does not name a decision entry of the ledger"), proofs, 0);
            }

            try
            {
                var envelope = DsseEnvelope.Parse(bytes);
                if (Dsse.VerifiedKeys(envelope, recorders).Count == 0)
                {
                    return (BundleVerdict.Fails(name, "DSSE signature does not verify under a trusted recorder key", seq), proofs, 0);
                }

                var expected = DecisionAttestation.Statement(stored, head.Origin).ToJson();
                if (!envelope.Payload.Span.SequenceEqual(expected))
                {
                    return (BundleVerdict.Fails(name, "the statement does not match the decision entry in the ledger", seq), proofs, 0);
                }
            }
            catch (FormatException ex)
            {
                return (BundleVerdict.Fails(name, "malformed DSSE envelope: " + ex.Message, seq), proofs, 0);
            }

            attestations++;
        }

        return (null, proofs, attestations);
    }

    private static (string Message, long? Seq)? Proof(string line, TrailSnapshot snapshot, long size, ReadOnlySpan<byte> root)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            var seq = o.GetProperty("seq").GetInt64();
            if (snapshot.At(seq) is not { } stored)
            {
                return ("names no entry of the ledger", seq);
            }

            var leaf = MerkleHash.Leaf(stored.Entry.CanonicalBytes.Span);
            var path = o.GetProperty("path").EnumerateArray().Select(h => Convert.FromHexString(h.GetString()!)).ToList();
            var ok = o.GetProperty("leafIndex").GetInt64() == seq - 1 && o.GetProperty("treeSize").GetInt64() == size
                && o.GetProperty("leafHash").GetString() == Convert.ToHexStringLower(leaf) && o.GetProperty("entry").GetString() == stored.Entry.Digest
                && o.GetProperty("commit").GetString() == stored.CommitId && MerkleProof.VerifyInclusion(seq - 1, size, leaf, path, root);
            return ok ? null : ("the inclusion proof does not verify against the checkpoint", seq);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return ("malformed proof: " + ex.Message, null);
        }
    }
}
