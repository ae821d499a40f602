namespace Governance.Ledger.Storage;

/// <summary>The outcome of <see cref="LedgerSync.Push"/>: the pushed tip, how many local entries were re-appended on top of the remote, and attempts used.</summary>
public sealed record SyncResult(string? Tip, int Rebased, int Attempts);
