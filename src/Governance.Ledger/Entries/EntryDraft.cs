using System.Text.Json.Nodes;
using Governance.Events.Catalogue;
using Governance.Ledger.Signing;

namespace Governance.Ledger.Entries;

/// <summary>
/// An entry to append: the store assigns <c>v</c>, <c>seq</c>, <c>prev</c> and (unless given) <c>time</c>.
/// Person-made records (approval, waiver, attestation) carry the person's DSSE <paramref name="Envelope"/>,
/// stored beside the entry and committed to by digest.
/// </summary>
public sealed record EntryDraft(
    string Type,
    EntryActor Actor,
    EntrySubject Subject,
    JsonObject Payload,
    DsseEnvelope? Envelope = null,
    DateTimeOffset? Time = null)
{
    /// <summary>A draft whose type and payload are <paramref name="value"/>, serialised exactly as persisted.</summary>
    public static EntryDraft Of(LedgerEvent value, EntryActor actor, EntrySubject subject, DsseEnvelope? envelope = null, DateTimeOffset? time = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new EntryDraft(value.Type, actor, subject, EventCatalogue.ToJson(value), envelope, time);
    }
}
