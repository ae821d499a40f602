using System.Text;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Merkle;
using Governance.Ledger.Signing;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Ledger.Verification;

/// <summary>
/// Checks one ledger commit in isolation (thread-safe; runs in parallel): commit SSHSIG against allowed_signers,
/// tree layout, canonical entry bytes, schema, checkpoint signature and the DSSE envelope. Keys come only from the
/// trust store; a key named inside a signature is only used to look the trusted key up.
/// </summary>
internal sealed class EntryChecker(TrustStore trust, LedgerVerifierOptions? options = null)
{
    private readonly LedgerVerifierOptions _options = options ?? new LedgerVerifierOptions();
    private static readonly HashSet<string> KnownFiles = [LedgerLayout.EntryFile, LedgerLayout.CheckpointFile, LedgerLayout.EnvelopeFile];
    private readonly IReadOnlyList<SshPublicKey> _keys = trust.AllKeys();
    private readonly (SshPublicKey Key, uint Id)[] _noteKeys = trust.AllKeys().Select(k => (k, SignedNote.KeyIdOf(k))).ToArray();

    // Without validity windows in allowed_signers, who a key records as does not depend on the time: asked once per key.
    private readonly bool _timeless = trust.Signers.All(s => s.ValidAfter is null && s.ValidBefore is null);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SshPublicKey, string?> _recorders = new();
    private readonly EnvelopeChecker _envelopes = new(trust, (options ?? new LedgerVerifierOptions()).Skew);

    /// <summary>Checks commit <paramref name="commitId"/> in full.</summary>
    /// <param name="git">Where to read it.</param>
    /// <param name="commitId">The commit id (hex).</param>
    /// <param name="signatureVerified">
    /// True only when <see cref="SignatureVerifies"/> returned true for this very commit id, read with libgit2's
    /// hash check (so the same bytes): then the commit signature is parsed, resolved and its signer's role checked as
    /// always, and only the cryptographic verification, which already succeeded on these bytes, is not repeated.
    /// </param>
    public EntryCheck Check(GitObjects git, string commitId, bool signatureVerified = false)
    {
        RawCommit commit;
        Dictionary<string, byte[]?> files;
        try
        {
            commit = git.ReadCommit(commitId);
            files = git.ReadTree(commit.TreeId);
        }
        catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or InvalidOperationException or FormatException)
        {
            return EntryCheck.Fail(TamperKind.Malformed, $"commit {commitId} cannot be read: {ex.Message}");
        }

        var signatureFailure = CheckCommitSignature(commit, signatureVerified);
        if (signatureFailure is not null)
        {
            return signatureFailure;
        }

        // The subject index (a subtree beside the checkpoint) is checked against the entries by the full verifier.
        if (commit.Parents.Count > 1 || files.Any(f => f.Key == Index.IndexLayout.Folder
                ? f.Value is not null || !files.ContainsKey(LedgerLayout.CheckpointFile)
                : !KnownFiles.Contains(f.Key) || f.Value is null))
        {
            return EntryCheck.Fail(TamperKind.Malformed, $"commit {commitId} is not a ledger commit (merge, or unexpected files)");
        }

        if (files.GetValueOrDefault(LedgerLayout.EntryFile) is not { } entryBytes)
        {
            return EntryCheck.Fail(TamperKind.Malformed, $"commit {commitId} lacks entry.json");
        }

        LedgerEntry entry;
        IReadOnlyList<string> schemaErrors;
        try
        {
            entry = LedgerEntry.Parse(entryBytes, validate: true, out schemaErrors);
        }
        catch (FormatException ex)
        {
            return EntryCheck.Fail(TamperKind.Edited, $"commit {commitId}: {ex.Message}");
        }

        if (schemaErrors.Count > 0)
        {
            return EntryCheck.Fail(TamperKind.Schema, string.Join("; ", schemaErrors), entry);
        }

        if (entry.Time.ToUnixTimeSeconds() != commit.CommitterTime)
        {
            return EntryCheck.Fail(TamperKind.Edited, "entry time differs from its commit's signed committer time", entry);
        }

        if (TimeRules.Check(entry, _options.Clock.GetUtcNow(), _options.Skew) is { } timeFailure)
        {
            return EntryCheck.Fail(TamperKind.FutureTime, timeFailure, entry);
        }

        // Only the last commit of a batch carries a checkpoint (older ledgers have one on every commit); ChainState
        // requires one on the ledger's last entry.
        Checkpoint? checkpoint = null;
        if (files.GetValueOrDefault(LedgerLayout.CheckpointFile) is { } noteBytes)
        {
            (checkpoint, var checkpointFailure) = CheckCheckpoint(Encoding.UTF8.GetString(noteBytes), entry);
            if (checkpointFailure is not null)
            {
                return checkpointFailure;
            }
        }

        var envelope = _envelopes.Check(entry, files.GetValueOrDefault(LedgerLayout.EnvelopeFile));
        return envelope.Failure ?? new EntryCheck(entry, MerkleHash.Leaf(entryBytes), checkpoint) { StatementKeys = envelope.StatementKeys };
    }

    /// <summary>
    /// Whether the commit signature part of <see cref="Check"/> passes for this commit (SSHSIG parse, a trusted key, a
    /// recorder at the committer time, the cryptographic verification). Thread-safe.
    /// </summary>
    public bool SignatureVerifies(RawCommit commit) => CheckCommitSignature(commit, verified: false) is null;

    private EntryCheck? CheckCommitSignature(RawCommit commit, bool verified)
    {
        if (commit.Signature is null || commit.SignedData is null)
        {
            return EntryCheck.Fail(TamperKind.BadSignature, $"commit {commit.Id} is not signed");
        }

        SshsigSignature sig;
        try
        {
            sig = Sshsig.Parse(commit.Signature, _keys);
        }
        catch (FormatException ex)
        {
            return EntryCheck.Fail(TamperKind.BadSignature, $"commit {commit.Id} has a malformed signature: {ex.Message}");
        }

        var key = trust.Resolve(sig.PublicKey);
        if (key is null)
        {
            return EntryCheck.Fail(TamperKind.UntrustedSigner, $"commit {commit.Id} is signed by {sig.PublicKey}, which is not in allowed_signers");
        }

        var when = DateTimeOffset.FromUnixTimeSeconds(commit.CommitterTime);
        if (RecorderOf(key, when) is null)
        {
            var who = trust.FindPrincipals(key, TrustStore.AttestationNamespace, when).Concat(trust.FindPrincipals(key, TrustStore.GitNamespace, when)).FirstOrDefault();
            return EntryCheck.Fail(TamperKind.UntrustedSigner, who is null
                ? $"commit {commit.Id}: key {key.Fingerprint} may not sign namespace 'git' at {when:u}"
                : $"commit {commit.Id} is signed by {who} (key {key.Fingerprint}), who is not a recorder allowed namespace 'git' at {when:u}: only recorder keys write ledger commits");
        }

        return verified || Sshsig.Verify(commit.SignedData, sig, TrustStore.GitNamespace, key)
            ? null
            : EntryCheck.Fail(TamperKind.BadSignature, $"commit {commit.Id}: signature does not verify");
    }

    private string? RecorderOf(SshPublicKey key, DateTimeOffset time) =>
        _timeless ? _recorders.GetOrAdd(key, k => trust.RecorderOf(k, time)) : trust.RecorderOf(key, time);

    private (Checkpoint? Checkpoint, EntryCheck? Failure) CheckCheckpoint(string note, LedgerEntry entry)
    {
        try
        {
            var signed = SignedNote.Parse(note);
            var checkpoint = Checkpoint.ParseBody(signed.Text);
            foreach (var (key, id) in _noteKeys)
            {
                if (RecorderOf(key, entry.Time) is not null && signed.IsSignedBy(checkpoint.Origin, key, id))
                {
                    return (checkpoint, null);
                }
            }

            // A genuine signature by a trusted key that is not a recorder's is a role violation, not a broken signature.
            SshPublicKey? person = _noteKeys.FirstOrDefault(k => signed.IsSignedBy(checkpoint.Origin, k.Key, k.Id)).Key;
            return (null, person is null
                ? EntryCheck.Fail(TamperKind.BadSignature, "checkpoint is not signed by a trusted recorder key", entry)
                : EntryCheck.Fail(TamperKind.UntrustedSigner, $"checkpoint is signed by key {person.Fingerprint}, which is not a recorder's: only recorder keys sign checkpoints", entry));
        }
        catch (FormatException ex)
        {
            return (null, EntryCheck.Fail(TamperKind.CheckpointInconsistent, "malformed checkpoint: " + ex.Message, entry));
        }
    }
}
