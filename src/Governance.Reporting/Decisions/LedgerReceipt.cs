namespace Governance.Reporting.Decisions;

/// <summary>Where a decision was recorded in the audit ledger.</summary>
/// <param name="Seq">The entry's sequence number.</param>
/// <param name="Commit">The ledger commit id.</param>
public sealed record LedgerReceipt(long Seq, string Commit);
