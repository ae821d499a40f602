using Governance.Ledger.Entries;
using Governance.Ledger.Storage;

namespace Governance.Ledger.Evidence;

/// <summary>One linked trail (<c>govern audit link</c>): the newest <c>trail.linked</c> entry of its origin and the trail's entries.</summary>
/// <param name="Link">Our signed <c>trail.linked</c> entry that pinned the trail's root.</param>
/// <param name="Origin">The linked trail's origin.</param>
/// <param name="Entries">Its entries up to the linked size, or null when they are missing or do not hash to the pinned root.</param>
public sealed record LinkedTrail(StoredEntry Link, string Origin, IReadOnlyList<LedgerEntry>? Entries);
