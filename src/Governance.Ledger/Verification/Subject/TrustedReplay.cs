using Governance.Ledger.Checkpoints;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;

namespace Governance.Ledger.Verification.Subject;

/// <summary>
/// The fast path's consistency check against a trusted checkpoint of size m: walks the n−m commits after it, checks
/// each entry, and replays them onto the Merkle frontier stored at m (which must fold to the trusted root, in a commit
/// whose signed checkpoint equals the trusted one) up to the tip's signed root. Cost: the entries since m.
/// Returns null when the commit at m has no checkpoint or index to start from (the caller verifies everything instead).
/// </summary>
internal sealed class TrustedReplay(EntryChecker checker, TimeSpan tolerance)
{
    public VerificationResult? Run(GitObjects git, string tip, Checkpoint head, Checkpoint trusted)
    {
        if (trusted.Origin != head.Origin)
        {
            return Tampered(Math.Min(trusted.Size, head.Size), TamperKind.CheckpointInconsistent, $"the ledger's origin {head.Origin} differs from the trusted checkpoint's {trusted.Origin}");
        }

        if (trusted.Size > head.Size)
        {
            return Tampered(head.Size + 1, TamperKind.RolledBack, $"the ledger has {head.Size} entries but the trusted checkpoint has {trusted.Size} (truncated or rolled back)");
        }

        if (trusted.Size == head.Size)
        {
            return trusted.RootHash.Span.SequenceEqual(head.RootHash.Span)
                ? new VerificationResult.Intact(head.Size, head)
                : Tampered(head.Size, TamperKind.CheckpointInconsistent, $"history up to {head.Size} differs from the trusted checkpoint (rewritten)");
        }

        // Newest first: the tip, then its first parents, down to the commit after position m.
        var ids = new List<string> { tip };
        for (var position = head.Size; position > trusted.Size + 1; position--)
        {
            var parents = git.ReadCommit(ids[^1]).Parents;
            if (parents.Count != 1)
            {
                return null;
            }

            ids.Add(parents[0]);
        }

        var state = new ChainState(null, tolerance);
        if (trusted.Size > 0)
        {
            var parents = git.ReadCommit(ids[^1]).Parents;
            if (parents.Count != 1)
            {
                return null;
            }

            var start = Start(git, parents[0], trusted, state);
            if (start is not VerificationResult.Intact)
            {
                return start;
            }
        }

        for (var i = ids.Count - 1; i >= 0; i--)
        {
            if (state.Apply(checker.Check(git, ids[i]), _ => false) is { } failure)
            {
                return failure;
            }
        }

        return state.Finish();
    }

    // The commit at the trusted size: its signed checkpoint must be the trusted one, and its stored frontier must fold to it.
    private VerificationResult? Start(GitObjects git, string baseId, Checkpoint trusted, ChainState state)
    {
        var check = checker.Check(git, baseId);
        if (check.FailureKind is { } kind)
        {
            return Tampered(check.Entry?.Seq ?? trusted.Size, kind, check.FailureMessage ?? kind.ToString());
        }

        if (check.Entry!.Seq != trusted.Size || check.Checkpoint is null)
        {
            return null;
        }

        if (!check.Checkpoint.SameAs(trusted))
        {
            return Tampered(trusted.Size, TamperKind.CheckpointInconsistent, $"history up to {trusted.Size} differs from the trusted checkpoint (rewritten)");
        }

        IndexMeta? meta;
        try
        {
            meta = IndexReader.Open(git, git.ReadCommit(baseId).TreeId)?.Meta;
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
        {
            return null;
        }

        if (meta is null || meta.Size != trusted.Size || !meta.Frontier.Root().AsSpan().SequenceEqual(trusted.RootHash.Span))
        {
            return null;
        }

        state.StartAfter(meta.Frontier, check.Entry.Digest, check.Entry.Time, check.Checkpoint);
        return new VerificationResult.Intact(trusted.Size, trusted);
    }

    private static VerificationResult.Tampered Tampered(long seq, TamperKind kind, string message) => new(seq, kind, message);
}
