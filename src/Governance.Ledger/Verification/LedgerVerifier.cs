using System.Collections.Concurrent;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Merkle;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Ledger.Verification;

/// <summary>
/// Streaming ledger verification. Commit ids are collected first (ids only); entries are then checked in chunks:
/// signatures, layout, schemas and envelopes in parallel, then in order: <c>seq</c> continuity, <c>prev</c> links,
/// monotonic time, the Merkle root against every checkpoint, and consistency with a trusted checkpoint.
/// Memory is bounded by two chunks (one checked in parallel while the previous one is checked in order) plus
/// O(log n) for the Merkle frontier.
/// </summary>
public sealed class LedgerVerifier(TrustStore trust, LedgerVerifierOptions? options = null)
{
    private readonly LedgerVerifierOptions _options = options ?? new LedgerVerifierOptions();

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
        try
        {
            List<string> ids;
            try
            {
                var git = new GitObjects(repositoryPath);
                pool.Add(git);
                var tip = git.ResolveRef(refName);
                ids = tip is null ? [] : git.FirstParentIds(tip);
            }
            catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or IOException or ArgumentException)
            {
                return new VerificationResult.CouldNotVerify($"Cannot read the ledger in '{repositoryPath}': {ex.Message}");
            }

            return VerifyChain(repositoryPath, ids, trusted, pool);
        }
        finally
        {
            foreach (var git in pool)
            {
                git.Dispose();
            }
        }
    }

    private VerificationResult VerifyChain(string path, List<string> ids, Checkpoint? trusted, ConcurrentBag<GitObjects> pool)
    {
        var checker = new EntryChecker(trust);
        var state = new ChainState(trusted, _options.TimeTolerance ?? TimeSpan.FromMinutes(5));
        var chunkSize = Math.Max(16, _options.ChunkSize);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism > 0 ? _options.Parallelism : Environment.ProcessorCount };
        // The in-order checks of one chunk (Merkle roots, links) run while the next chunk is checked in parallel; a
        // chunk's results are only overwritten after its in-order checks finished, and failures are reported in order.
        var results = new EntryCheck[chunkSize];
        var spare = new EntryCheck[chunkSize];
        Task<VerificationResult?>? ordered = null;
        for (var start = 0; start < ids.Count; start += chunkSize)
        {
            var count = Math.Min(chunkSize, ids.Count - start);
            var chunk = results;
            Parallel.For(
                0,
                count,
                parallel,
                () => pool.TryTake(out var g) ? g : new GitObjects(path),
                (i, _, git) =>
                {
                    chunk[i] = checker.Check(git, ids[start + i]);
                    return git;
                },
                pool.Add);
            if (ordered?.GetAwaiter().GetResult() is { } failure)
            {
                return failure;
            }

            ordered = Task.Run(() => state.Apply(chunk.AsSpan(0, count)));
            (results, spare) = (spare, results);
        }

        if (ordered?.GetAwaiter().GetResult() is { } last)
        {
            return last;
        }

        return state.Finish();
    }
}
