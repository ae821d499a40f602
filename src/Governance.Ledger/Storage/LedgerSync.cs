using Governance.Ledger.Signing;

namespace Governance.Ledger.Storage;

/// <summary>
/// Moves the ledger between repositories with the git CLI (which honours CI credentials). A push that loses a race
/// fetches the remote ledger, re-appends the local-only entries on top of it (re-sequenced and re-signed, same
/// content), moves the local ref by compare-and-swap and pushes again. Entries are never lost or duplicated:
/// commits already on the remote are recognised by id.
/// </summary>
public sealed class LedgerSync(LedgerStore store, string remote = "origin", int maxAttempts = 8)
{
    private string TrackingRef => "refs/governance-remotes/" + remote + "/ledger";

    /// <summary>Fetches the remote ledger into the tracking ref; returns its tip or null when the remote has none.</summary>
    public string? Fetch()
    {
        var (code, _, err) = GitCli.Run(store.Objects.WorkingDirectory, "fetch", "--quiet", remote, $"+{LedgerLayout.Ref}:{TrackingRef}");
        if (code != 0 && !err.Contains("couldn't find remote ref", StringComparison.OrdinalIgnoreCase))
        {
            throw new IOException($"git fetch {remote} failed: {err.Trim()}");
        }

        return code == 0 ? store.Objects.ResolveRef(TrackingRef) : null;
    }

    /// <summary>Fast-forwards the local ledger to the remote when the local one has nothing new; returns false if they diverged.</summary>
    public bool Pull()
    {
        var remoteTip = Fetch();
        var localTip = store.Objects.ResolveRef(LedgerLayout.Ref);
        if (remoteTip is null || remoteTip == localTip)
        {
            return true;
        }

        if (localTip is not null && store.Objects.MergeBase(localTip, remoteTip) != localTip)
        {
            return false;
        }

        return store.TryMoveRef(LedgerLayout.Ref, localTip, remoteTip);
    }

    /// <summary>Pushes the local ledger, rebasing local-only entries onto the remote when the remote moved.</summary>
    /// <exception cref="LedgerConflictException">The remote kept moving for every attempt.</exception>
    public SyncResult Push(ISigner recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        var rebased = 0;
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var localTip = store.Objects.ResolveRef(LedgerLayout.Ref);
            if (localTip is null)
            {
                return new SyncResult(null, rebased, attempt);
            }

            var (code, _, err) = GitCli.Run(store.Objects.WorkingDirectory, "push", "--quiet", remote, $"{LedgerLayout.Ref}:{LedgerLayout.Ref}");
            if (code == 0)
            {
                return new SyncResult(localTip, rebased, attempt);
            }

            if (!err.Contains("rejected", StringComparison.OrdinalIgnoreCase) && !err.Contains("fetch first", StringComparison.OrdinalIgnoreCase)
                && !err.Contains("non-fast-forward", StringComparison.OrdinalIgnoreCase) && !err.Contains("failed to update ref", StringComparison.OrdinalIgnoreCase))
            {
                throw new IOException($"git push {remote} failed: {err.Trim()}");
            }

            rebased += Rebase(localTip, Fetch(), recorder);
        }

        throw new LedgerConflictException($"Could not push the ledger to {remote} after {maxAttempts} attempts.");
    }

    private int Rebase(string localTip, string? remoteTip, ISigner recorder)
    {
        if (remoteTip is null)
        {
            return 0;
        }

        var local = store.ReadChain(localTip, remoteTip).Select(e => ToDraft(e)).ToList();
        var remoteState = store.ReadState(TrackingRef);
        if (local.Count == 0)
        {
            store.TryMoveRef(LedgerLayout.Ref, localTip, remoteTip);
            return 0;
        }

        var (receipts, range) = store.WriteBatch(local, recorder, remoteState);
        FrontierCache.Save(store.GitDirectory, receipts[^1].CommitId, range);
        return store.TryMoveRef(LedgerLayout.Ref, localTip, receipts[^1].CommitId) ? local.Count : 0;
    }

    // A rebased entry is re-stamped by this recorder's clock (time stays monotonic on top of the remote) and re-signed;
    // when the fact happened is kept as observedAt, which a person's statement is checked against.
    private static Entries.EntryDraft ToDraft(StoredEntry stored)
    {
        var e = stored.Entry;
        var payload = (System.Text.Json.Nodes.JsonObject)e.Payload.DeepClone();
        if (payload["observedAt"] is null)
        {
            payload["observedAt"] = e.TimeText;
        }

        var actor = e.Actor;
        var subject = e.Subject;
        var envelope = stored.Envelope is { } bytes ? DsseEnvelope.Parse(bytes.Span) : null;
        return new Entries.EntryDraft(
            e.Type,
            new Entries.EntryActor((string)actor["name"]!, (string?)actor["run"], (string?)actor["workflow"]),
            new Entries.EntrySubject((string?)subject["model"], (string?)subject["digest"], (string?)subject["dataset"], (string?)subject["deployment"], (string?)subject["commit"]),
            payload,
            envelope);
    }
}
