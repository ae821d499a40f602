using System.Collections.Concurrent;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;

namespace Governance.Ledger.Verification;

/// <summary>
/// Checks a ledger's commits on several threads and applies them in order as they become ready. Workers claim the
/// next commit, check it on their own (<see cref="EntryChecker"/>), put the result in a ring of <c>window</c> slots
/// and then apply every result that is next in line (<see cref="ChainState"/>, under one lock). A worker never runs
/// more than <c>window</c> entries ahead of the last applied one, so memory stays bounded; there is no barrier
/// between chunks, so no core waits for the slowest entry of a chunk. The first failure in ledger order stops the run.
/// Results for the newest entries may come ready-made from <see cref="TailPrecheck"/>, and so may verified commit
/// signatures (<c>verified</c>, by position from the tip). <c>check</c> is <see cref="EntryChecker.Check"/>
/// (a parameter so tests can make a worker fail).
/// </summary>
internal sealed class VerificationRun(
    string path,
    CommitIdList ids,
    Func<GitObjects, string, bool, EntryCheck> check,
    IReadOnlyList<EntryCheck> newest,
    SignatureBits verified,
    Checkpoint? trusted,
    LedgerVerifierOptions options,
    ConcurrentBag<GitObjects> pool)
{
    // Entries between drops of the pack mappings' resident pages (PackMappings): about 250 times for a million entries.
    private const int TrimEvery = 4096;

    // How far after an out-of-place entry the run looks for the missing seq before calling it removed.
    private const int ReorderLookahead = 1024;
    private readonly ChainState _state = new(trusted, options.TimeTolerance ?? TimeSpan.FromMinutes(5));
    private readonly EntryCheck?[] _slots = new EntryCheck?[Math.Max(16, options.ChunkSize)];
    private readonly IReadOnlyList<string>?[] _keys = new IReadOnlyList<string>?[Math.Max(16, options.ChunkSize)];
    private readonly IndexAudit _index = new();
    private readonly object _gate = new();
    private long _claimed = -1;
    private long _applied;
    private VerificationResult? _failure;
    private volatile bool _stopped;

    /// <summary>Runs the workers and returns the outcome.</summary>
    public VerificationResult Execute()
    {
        var workers = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ => Work());
        var result = _failure ?? _state.Finish();
        if (result is VerificationResult.Intact { Head: { } head } intact && ids.Count > 0)
        {
            // The chain is intact; the subject index beside the tip's checkpoint must list exactly its entries.
            var git = pool.TryTake(out var pooled) ? pooled : new GitObjects(path);
            try
            {
                return (VerificationResult?)_index.Compare(git, ids.Hex(ids.Count - 1), head) ?? intact;
            }
            finally
            {
                pool.Add(git);
            }
        }

        return result;
    }

    private void Work()
    {
        var git = pool.TryTake(out var pooled) ? pooled : new GitObjects(path);
        try
        {
            while (!_stopped)
            {
                var index = Interlocked.Increment(ref _claimed);
                if (index >= ids.Count || !WaitForRoom(index))
                {
                    return;
                }

                // The newest entries may already have been checked while the ids were collected (TailPrecheck).
                var fromNewest = ids.Count - 1 - index;
                var result = fromNewest < newest.Count ? newest[(int)fromNewest] : check(git, ids.Hex((int)index), verified.Contains(fromNewest));
                _keys[index % _keys.Length] = result.Entry is { } entry && result.FailureKind is null ? SubjectKeys.Of(entry) : null;
                Volatile.Write(ref _slots[index % _slots.Length], result);
                ApplyReady(git);
            }
        }
        catch
        {
            // Nobody else may wait for an entry this worker will never deliver.
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }

            throw;
        }
        finally
        {
            pool.Add(git);
        }
    }

    // Entry `index` may be checked once the entry `window` places before it has been applied (its slot is free).
    private bool WaitForRoom(long index)
    {
        lock (_gate)
        {
            while (!_stopped && index >= _applied + _slots.Length)
            {
                Monitor.Wait(_gate);
            }

            return !_stopped;
        }
    }

    private void ApplyReady(GitObjects git)
    {
        var trim = false;
        lock (_gate)
        {
            var advanced = false;
            while (!_stopped && _applied < ids.Count && Volatile.Read(ref _slots[_applied % _slots.Length]) is { } check)
            {
                _slots[_applied % _slots.Length] = null;
                var position = _applied;
                _failure = _state.Apply(check, seq => AppearsSoonAfter(git, position, seq));
                _stopped = _failure is not null;
                if (!_stopped)
                {
                    _index.Add(_keys[position % _keys.Length] ?? SubjectKeys.Of(check.Entry!), check.Entry!.Seq, ids[(int)position]);
                }

                _applied++;
                advanced = true;
                trim |= _applied % TrimEvery == 0;
            }

            if (advanced)
            {
                Monitor.PulseAll(_gate);
            }
        }

        if (trim)
        {
            PackMappings.Trim();
        }
    }

    // Only asked on a failure path: reads up to ReorderLookahead following entries to tell "reordered" from "removed"
    // (a fixed distance, so the classification does not depend on the window, which is tuned for memory and speed).
    private bool AppearsSoonAfter(GitObjects git, long position, long seq)
    {
        var end = Math.Min(ids.Count, position + 1 + ReorderLookahead);
        for (var i = position + 1; i < end; i++)
        {
            if (check(git, ids.Hex((int)i), verified.Contains(ids.Count - 1 - i)).Entry?.Seq == seq)
            {
                return true;
            }
        }

        return false;
    }
}
