using Governance.Events.Catalogue;

namespace Governance.Events.Drafting;

/// <summary>An event drafted from an item of evidence, ready to be appended.</summary>
/// <param name="Event">The typed payload.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Item">Where the item came from (its origin reference, e.g. <c>evidence.json#/approvals/0</c>).</param>
public sealed record DraftedEvent(LedgerEvent Event, EventSubject Subject, string Item);
