using System.Collections.Concurrent;
using Governance.Ledger.Storage;

namespace Governance.Ledger.Verification;

/// <summary>
/// Uses the core that would sit idle while the commit ids are collected. The walk runs from the tip back, so the
/// newest entries are known first: the newest <c>limit</c> are checked in full (on their own, like any worker) and the
/// in-order pass takes these results instead of checking them again. After that, the walk hands over a copy of each
/// commit it has just read (libgit2 checked that the bytes hash to the commit id) while this is not behind, and this
/// verifies its commit signature (<see cref="EntryChecker.SignatureVerifies"/>); a success sets the commit's bit in
/// <see cref="SignatureBits"/> and lets <see cref="EntryChecker.Check"/> skip only the cryptographic verification of
/// those same bytes later. A commit that is dropped, malformed or fails leaves its bit unset and is checked in full.
/// </summary>
internal sealed class TailPrecheck : IDisposable
{
    // Commits waiting for the worker; beyond this the walk drops them rather than wait or hold more copies.
    private const int Backlog = 8;
    private readonly BlockingCollection<Item> _items = new();
    private readonly List<EntryCheck> _checks = [];
    private readonly SignatureBits _verified = new();
    private readonly CancellationTokenSource _walkDone = new();
    private readonly int _limit;
    private readonly bool _everyCommit;
    private readonly Task _worker;
    private long _offered;

    /// <summary>Starts the worker; it takes a repository handle from <paramref name="pool"/> (or opens <paramref name="path"/>).</summary>
    /// <param name="checker">The checks.</param>
    /// <param name="pool">Repository handles to reuse; the worker's goes back there.</param>
    /// <param name="path">The repository.</param>
    /// <param name="limit">How many of the newest entries to check in full.</param>
    /// <param name="everyCommit">Tests: hand over every commit and let <see cref="Finish"/> wait for all of them.</param>
    public TailPrecheck(EntryChecker checker, ConcurrentBag<GitObjects> pool, string path, int limit, bool everyCommit = false)
    {
        _limit = limit;
        _everyCommit = everyCommit;
        _worker = Task.Run(() =>
        {
            var git = pool.TryTake(out var pooled) ? pooled : new GitObjects(path);
            try
            {
                foreach (var item in _items.GetConsumingEnumerable(_walkDone.Token))
                {
                    var id = Convert.ToHexStringLower(item.Id);
                    if (item.Commit is null)
                    {
                        _checks.Add(checker.Check(git, id));
                    }
                    else if (Verifies(checker, id, item.Commit))
                    {
                        _verified.Set(item.FromNewest);
                    }
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

    /// <summary>Called by the walk with each commit, newest first (<see cref="CommitIdVisitor"/>).</summary>
    public void Offer(ReadOnlySpan<byte> id, ReadOnlySpan<byte> commit)
    {
        var fromNewest = _offered++;
        if (fromNewest < _limit)
        {
            _items.Add(new Item(fromNewest, id.ToArray(), null));
        }
        else if (!commit.IsEmpty && (_everyCommit || _items.Count < Backlog))
        {
            _items.Add(new Item(fromNewest, id.ToArray(), commit.ToArray()));
        }
    }

    /// <summary>Stops after the commit in progress; returns the full results so far (newest first) and the verified signatures.</summary>
    public (IReadOnlyList<EntryCheck> Newest, SignatureBits Verified) Finish()
    {
        _items.CompleteAdding();
        if (!_everyCommit)
        {
            _walkDone.Cancel();
        }

        _worker.GetAwaiter().GetResult();
        return (_checks, _verified);
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

        _items.Dispose();
        _walkDone.Dispose();
    }

    // Any failure (malformed bytes included) only leaves the bit unset: the check phase then does the whole check and
    // reports what it finds, as it always did.
    private static bool Verifies(EntryChecker checker, string id, byte[] commit)
    {
        try
        {
            return checker.SignatureVerifies(GitObjects.ParseCommit(id, commit));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private sealed record Item(long FromNewest, byte[] Id, byte[]? Commit);
}
