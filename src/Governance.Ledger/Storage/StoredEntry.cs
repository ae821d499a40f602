using Governance.Ledger.Entries;

namespace Governance.Ledger.Storage;

/// <summary>An entry read back from the ledger, with its commit, checkpoint note (only on the last entry of a batch) and envelope bytes.</summary>
public sealed record StoredEntry(LedgerEntry Entry, string CommitId, string? Checkpoint, ReadOnlyMemory<byte>? Envelope)
{
    /// <summary>The key the commit's SSHSIG names (unverified until <see cref="Verification.LedgerVerifier"/> has checked the chain).</summary>
    public Keys.SshPublicKey? CommitKey { get; init; }
}
