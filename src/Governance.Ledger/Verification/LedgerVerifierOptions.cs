namespace Governance.Ledger.Verification;

/// <summary>Options for <see cref="LedgerVerifier"/>.</summary>
/// <param name="TrustedCheckpointNote">A checkpoint note the auditor trusts (from an earlier verify or an anchor); detects truncation, rollback and rewritten history.</param>
/// <param name="TimeTolerance">How far an entry's time may go backwards relative to its predecessor (default 5 minutes).</param>
/// <param name="Parallelism">Worker threads for signature checks (default: processor count).</param>
/// <param name="ChunkSize">
/// How far checking may run ahead of the in-order checks, in entries (bounds memory). Every entry held in this window
/// survives the collections it lives through, so a small window keeps the garbage collector's work small: 64 is
/// ample for two to four workers whose entries take about the same time.
/// </param>
public sealed record LedgerVerifierOptions(
    string? TrustedCheckpointNote = null,
    TimeSpan? TimeTolerance = null,
    int Parallelism = 0,
    int ChunkSize = 64)
{
    /// <summary>
    /// How far ahead of the verifier's clock an entry may be dated, and how far a statement's signing time may lie from
    /// its entry's time (<see cref="TimeRules.DefaultSkew"/>, five minutes).
    /// </summary>
    public TimeSpan Skew { get; init; } = TimeRules.DefaultSkew;

    /// <summary>The verifier's clock (entries dated beyond it plus <see cref="Skew"/> are <c>future-time</c>); default the system clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
