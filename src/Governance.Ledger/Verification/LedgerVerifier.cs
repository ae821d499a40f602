using System.Collections.Concurrent;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Merkle;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Ledger.Verification;

/// <summary>
/// Streaming ledger verification. Commit ids are collected first (ids only); entries are then checked on several
/// threads (signatures, layout, schemas and envelopes) and applied in order as they become ready: <c>seq</c>
/// continuity, <c>prev</c> links, monotonic time, the Merkle root against every checkpoint, and consistency with a
/// trusted checkpoint (<see cref="VerificationRun"/>). Memory is bounded by one window of checked entries plus
/// O(log n) for the Merkle frontier.
/// </summary>
public sealed class LedgerVerifier(TrustStore trust, LedgerVerifierOptions? options = null)
{
    private readonly LedgerVerifierOptions _options = options ?? new LedgerVerifierOptions();

    /// <summary>Tests: verify every commit signature during the walk (waiting for it) instead of only while a core is free.</summary>
    internal bool PrecheckEveryCommit { get; init; }

    /// <summary>Verifies the ledger ref of the repository at <paramref name="repositoryPath"/>.</summary>
    public VerificationResult Verify(string repositoryPath, string refName = LedgerLayout.Ref)
    {
        Checkpoint? trusted = null;
        if (_options.TrustedCheckpointNote is { } note)
        {
            try
            {
                var (checkpoint, signer) = CheckpointNote.Open(note, trust.AllKeys());
                if (signer is null)
                {
                    return new VerificationResult.CouldNotVerify("The trusted checkpoint is not signed by a key in allowed_signers.");
                }

                trusted = checkpoint;
            }
            catch (FormatException ex)
            {
                return new VerificationResult.CouldNotVerify("The trusted checkpoint is malformed: " + ex.Message);
            }
        }

        var pool = new ConcurrentBag<GitObjects>();
        var checker = new EntryChecker(trust, _options);
        var window = Math.Max(16, _options.ChunkSize);
        try
        {
            CommitIdList ids;
            IReadOnlyList<EntryCheck> newest = [];
            var verified = new SignatureBits();
            GitObjects? git = null;
            try
            {
                git = new GitObjects(repositoryPath);
                var tip = git.ResolveRef(refName);
                using var tail = new TailPrecheck(checker, pool, repositoryPath, 2 * window, PrecheckEveryCommit);
                ids = tip is null ? new CommitIdList() : git.FirstParentIdList(tip, tail.Offer);
                (newest, verified) = tail.Finish();
            }
            catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or IOException or ArgumentException)
            {
                return new VerificationResult.CouldNotVerify($"Cannot read the ledger in '{repositoryPath}': {ex.Message}");
            }
            finally
            {
                if (git is not null)
                {
                    pool.Add(git);
                }
            }

            return new VerificationRun(repositoryPath, ids, checker.Check, newest, verified, trusted, _options, pool).Execute();
        }
        finally
        {
            foreach (var git in pool)
            {
                git.Dispose();
            }
        }
    }
}
