using System.Text.Json.Nodes;
using Governance.Events.Catalogue;

namespace Governance.Events.Projection;

/// <summary>One verified ledger entry as the projections read it: the typed event and who verifiably signed it.</summary>
/// <param name="Seq">The entry's sequence number (1-based) in its ledger.</param>
/// <param name="Type">The versioned event type (<c>approval.granted/v1</c>).</param>
/// <param name="Time">The entry's time.</param>
/// <param name="Subject">The entry's subject object.</param>
/// <param name="Event">The entry's payload as its catalogue record (<see cref="UnknownEvent"/> for a type the catalogue does not know).</param>
/// <param name="Signers">Who signed it, as verified against the trusted signers.</param>
public sealed record ProjectedEntry(long Seq, string Type, DateTimeOffset Time, JsonObject Subject, LedgerEvent Event, VerifiedSigners Signers)
{
    /// <summary>An entry whose payload is read through the catalogue (<see cref="EventCatalogue.Read(string, JsonObject)"/>).</summary>
    public static ProjectedEntry FromPayload(long seq, string type, DateTimeOffset time, JsonObject subject, JsonObject payload, VerifiedSigners signers) =>
        new(seq, type, time, subject, EventCatalogue.Read(type, payload), signers);
}
