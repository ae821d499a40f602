using Governance.Ledger.Storage;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Audit;

/// <summary><c>govern audit verify</c> and <c>audit show</c>: the whole ledger verified under trusted signers; one entry looked up.</summary>
public static class LedgerAudit
{
    /// <summary>Verifies every entry, commit, checkpoint and the index, and consistency with <paramref name="trustedCheckpoint"/> when given.</summary>
    /// <param name="repository">The repository holding the ledger.</param>
    /// <param name="trust">The trusted signers.</param>
    /// <param name="trustedCheckpoint">A checkpoint note the ledger must extend, or null.</param>
    /// <param name="time">The clock checkpoints and entry times are judged by.</param>
    public static VerificationResult Verify(string repository, LedgerTrust trust, string? trustedCheckpoint, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(trust);
        return new LedgerVerifier(trust.Signers, new LedgerVerifierOptions(TrustedCheckpointNote: trustedCheckpoint) { Clock = time }).Verify(repository);
    }

    /// <summary>The entry with sequence number <paramref name="seq"/>.</summary>
    /// <exception cref="WorkflowException">There is none (exit 2).</exception>
    public static StoredEntry Entry(LedgerStore store, long seq)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ReadAll().FirstOrDefault(e => e.Entry.Seq == seq)
            ?? throw new WorkflowException($"no entry {seq}: the ledger has {store.Tip?.Seq ?? 0} entries");
    }

    /// <summary>The tip's signed checkpoint note, ending with a line break.</summary>
    /// <exception cref="WorkflowException">The ledger is empty (exit 2).</exception>
    public static string Checkpoint(LedgerStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var tip = store.Tip ?? throw new WorkflowException("the ledger is empty: no checkpoint yet");
        return tip.CheckpointNote.EndsWith('\n') ? tip.CheckpointNote : tip.CheckpointNote + "\n";
    }
}
