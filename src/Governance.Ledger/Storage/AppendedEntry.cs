using Governance.Ledger.Entries;

namespace Governance.Ledger.Storage;

/// <summary>A receipt for an appended entry.</summary>
/// <param name="Entry">The entry as stored (with its final seq and prev).</param>
/// <param name="CommitId">The ledger commit holding it.</param>
/// <param name="Checkpoint">The signed checkpoint note after it; only the last entry of a batch carries one.</param>
public sealed record AppendedEntry(LedgerEntry Entry, string CommitId, string? Checkpoint)
{
    /// <summary>The entry's sequence number.</summary>
    public long Seq => Entry.Seq;
}
