using Governance.Ledger.Checkpoints;

namespace Governance.Ledger.Storage;

/// <summary>The head of the ledger: last seq, its commit, its entry digest and checkpoint.</summary>
public sealed record LedgerTip(long Seq, string CommitId, string EntryDigest, DateTimeOffset Time, Checkpoint Checkpoint, string CheckpointNote);
