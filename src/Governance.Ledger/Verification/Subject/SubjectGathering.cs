using Governance.Ledger.Entries;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;

namespace Governance.Ledger.Verification.Subject;

/// <summary>
/// Looks up the subject's keys in the index, checks every listed entry with <see cref="EntryChecker"/>, and follows the
/// keys those entries refer to until nothing new turns up. A listed entry must carry the listed seq and be about the
/// key it is listed under; one seq must name one commit.
/// </summary>
internal sealed class SubjectGathering(EntryChecker checker, string path, IndexReader index, string tipId, LedgerEntry tipEntry)
{
    private const int ParallelFrom = 64;
    private readonly Dictionary<long, (string CommitId, LedgerEntry Entry)> _found = new() { [tipEntry.Seq] = (tipId, tipEntry) };

    /// <summary>The first failure, or null.</summary>
    public VerificationResult.Tampered? Failure { get; private set; }

    /// <summary>The entries found, in seq order.</summary>
    public List<StoredEntry> Entries { get; } = [];

    public SubjectGathering Run(GitObjects git, IReadOnlyList<string> seeds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(seeds);
        var used = new SortedSet<long>();
        var tipKeys = SubjectKeys.Of(tipEntry);
        while (queue.Count > 0 && Failure is null)
        {
            var listings = new List<(long Seq, string CommitId, string Key)>();
            while (queue.TryDequeue(out var key))
            {
                if (!seen.Add(key))
                {
                    continue;
                }

                if (tipKeys.Contains(key))
                {
                    listings.Add((tipEntry.Seq, tipId, key));
                }

                try
                {
                    listings.AddRange(index.Lookup(key).Select(l => (l.Seq, l.CommitId, key)));
                }
                catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
                {
                    return Fail(tipEntry.Seq, TamperKind.IndexMismatch, "the subject index is malformed: " + ex.Message);
                }
            }

            CheckNew(listings.Where(l => !_found.ContainsKey(l.Seq)).Select(l => (l.Seq, l.CommitId)).Distinct().ToList());
            foreach (var (seq, commit, key) in listings.OrderBy(l => l.Seq))
            {
                if (Failure is not null)
                {
                    return this;
                }

                var (foundCommit, entry) = _found[seq];
                if (foundCommit != commit || !SubjectKeys.Of(entry).Contains(key))
                {
                    return Fail(seq, TamperKind.IndexMismatch, $"the subject index lists entry {seq} as commit {commit} under {key}, which that entry is not about");
                }

                if (used.Add(seq))
                {
                    foreach (var reference in SubjectKeys.References(entry))
                    {
                        queue.Enqueue(reference);
                    }
                }
            }
        }

        foreach (var seq in used)
        {
            if (Failure is null && _found[seq].Entry.Envelope is { } envelope && Uses(envelope) is var uses and not 1)
            {
                Fail(seq, TamperKind.EnvelopeMismatch, $"envelope-reused: the DSSE envelope {envelope} of entry {seq} is used by {uses} entries");
            }
        }

        if (Failure is null)
        {
            Entries.AddRange(used.Select(seq => LedgerStore.ReadEntry(git, _found[seq].CommitId)));
        }

        return this;
    }

    // How many entries of the whole ledger carry this envelope: the index lists entries 1…n−1, the tip is counted apart.
    private int Uses(string envelope)
    {
        try
        {
            return index.Lookup(SubjectKeys.Envelope(envelope)).Count + (tipEntry.Envelope == envelope ? 1 : 0);
        }
        catch (FormatException)
        {
            return -1;
        }
    }

    // Checks each newly listed entry (on two threads when there are many) with the full verifier's per-entry method.
    private void CheckNew(List<(long Seq, string CommitId)> listed)
    {
        var checks = new EntryCheck[listed.Count];
        if (listed.Count < ParallelFrom)
        {
            using var git = new GitObjects(path);
            for (var i = 0; i < listed.Count; i++)
            {
                checks[i] = checker.Check(git, listed[i].CommitId);
            }
        }
        else
        {
            Parallel.For(0, listed.Count, () => new GitObjects(path), (i, _, git) =>
            {
                checks[i] = checker.Check(git, listed[i].CommitId);
                return git;
            }, git => git.Dispose());
        }

        foreach (var i in Enumerable.Range(0, listed.Count).OrderBy(i => listed[i].Seq))
        {
            var (seq, commit) = listed[i];
            var check = checks[i];
            if (check.FailureKind is { } kind)
            {
                Fail(check.Entry?.Seq ?? seq, kind, check.FailureMessage ?? kind.ToString());
                return;
            }

            if (check.Entry!.Seq != seq)
            {
                Fail(seq, TamperKind.IndexMismatch, $"the subject index lists commit {commit} as entry {seq}, but it holds entry {check.Entry.Seq}");
                return;
            }

            _found[seq] = (commit, check.Entry);
        }
    }

    private SubjectGathering Fail(long seq, TamperKind kind, string message)
    {
        Failure ??= new VerificationResult.Tampered(seq, kind, message);
        return this;
    }
}
