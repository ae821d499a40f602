using Governance.Core.Evidence;

namespace Governance.Ledger.Evidence;

/// <summary>Evidence read from a verified ledger.</summary>
/// <param name="Evidence">The projected evidence.</param>
/// <param name="Size">How many entries were verified and read.</param>
/// <param name="Root">The Merkle root (lowercase hex) of the verified prefix, or null for an empty ledger.</param>
/// <param name="Notes">Entries that were not used, and why.</param>
public sealed record LedgerReading(EvidenceSet Evidence, long Size, string? Root, IReadOnlyList<string> Notes)
{
    /// <summary>No ledger.</summary>
    public static LedgerReading None { get; } = new(EvidenceSet.Empty, 0, null, []);
}
