using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Audit;

/// <summary>
/// <c>govern audit push</c> and <c>pull</c>: the ledger ref moved with the git command line (which honours CI
/// credentials); a push rebases local-only entries, re-signed by the recorder key, when the remote moved.
/// </summary>
public static class LedgerSyncing
{
    /// <summary>Fast-forwards the local ledger to <paramref name="remote"/>'s and returns the local tip's seq (0 when empty).</summary>
    /// <exception cref="WorkflowException">The ledgers diverged (push rebases) or git failed (exit 2).</exception>
    public static long Pull(LedgerStore store, string remote)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            if (!new LedgerSync(store, remote).Pull())
            {
                throw new WorkflowException("the local ledger has entries the remote lacks and the remote moved: run 'govern audit push --key <pem>' to rebase them");
            }
        }
        catch (IOException ex)
        {
            throw new WorkflowException($"pull failed: {ex.Message}");
        }

        return store.Tip?.Seq ?? 0;
    }

    /// <summary>Pushes the ledger to <paramref name="remote"/>, rebasing local-only entries signed by <paramref name="signer"/>.</summary>
    /// <exception cref="WorkflowException">git, the rebase or the signing failed (exit 2).</exception>
    public static SyncResult Push(LedgerStore store, string remote, KeyPair signer)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            return new LedgerSync(store, remote).Push(signer);
        }
        catch (Exception ex) when (ex is IOException or LedgerConflictException or InvalidOperationException)
        {
            throw new WorkflowException($"push failed: {ex.Message}");
        }
    }
}
