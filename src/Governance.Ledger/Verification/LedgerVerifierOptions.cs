namespace Governance.Ledger.Verification;

/// <summary>Options for <see cref="LedgerVerifier"/>.</summary>
/// <param name="TrustedCheckpointNote">A checkpoint note the auditor trusts (from an earlier verify or an anchor); detects truncation, rollback and rewritten history.</param>
/// <param name="TimeTolerance">How far an entry's time may go backwards relative to its predecessor (default 5 minutes).</param>
/// <param name="Parallelism">Worker threads for signature checks (default: processor count).</param>
/// <param name="ChunkSize">How far checking may run ahead of the in-order checks, in entries (bounds memory).</param>
public sealed record LedgerVerifierOptions(
    string? TrustedCheckpointNote = null,
    TimeSpan? TimeTolerance = null,
    int Parallelism = 0,
    int ChunkSize = 1024);
