using System.Collections.Concurrent;
using Governance.Ledger.Storage;

namespace Governance.Ledger.Verification;

/// <summary>
/// Uses the core that would sit idle while the commit ids are collected: the walk runs from the tip back, so the
/// newest entries are known first, and this checks them (on their own, like any worker) until the walk ends or
/// <c>limit</c> entries are done. The in-order pass then takes these results instead of checking those entries again.
/// </summary>
internal sealed class TailPrecheck : IDisposable
{
    private readonly BlockingCollection<string> _ids = new();
    private readonly List<EntryCheck> _checks = [];
    private readonly CancellationTokenSource _walkDone = new();
    private readonly int _limit;
    private readonly Task _worker;
    private int _offered;

    public TailPrecheck(EntryChecker checker, ConcurrentBag<GitObjects> pool, string path, int limit)
    {
        _limit = limit;
        _worker = Task.Run(() =>
        {
            var git = pool.TryTake(out var pooled) ? pooled : new GitObjects(path);
            try
            {
                foreach (var id in _ids.GetConsumingEnumerable(_walkDone.Token))
                {
                    _checks.Add(checker.Check(git, id));
                }
            }
            catch (OperationCanceledException)
            {
                // The walk is over: the remaining entries go through the normal run.
            }
            finally
            {
                pool.Add(git);
            }
        });
    }

    /// <summary>Called by the walk with each id, newest first.</summary>
    public void Offer(ReadOnlySpan<byte> id)
    {
        if (_offered++ < _limit)
        {
            _ids.Add(Convert.ToHexStringLower(id));
        }
    }

    /// <summary>Stops after the entry in progress; returns the results so far, newest first.</summary>
    public IReadOnlyList<EntryCheck> Finish()
    {
        _walkDone.Cancel();
        _worker.GetAwaiter().GetResult();
        return _checks;
    }

    /// <summary>Stops and waits for the worker (it holds a repository handle from the pool) without reporting.</summary>
    public void Dispose()
    {
        _walkDone.Cancel();
        try
        {
            _worker.Wait();
        }
        catch (AggregateException)
        {
            // Reported by Finish when the walk succeeded; here the walk's own failure is what matters.
        }

        _ids.Dispose();
        _walkDone.Dispose();
    }
}
