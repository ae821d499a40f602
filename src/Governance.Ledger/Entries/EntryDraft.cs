using System.Text.Json.Nodes;
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
    DateTimeOffset? Time = null);
