using System.Text.Json.Nodes;

namespace Governance.Events.Projection;

/// <summary>One verified ledger entry as the projections read it: the event and who verifiably signed it.</summary>
/// <param name="Seq">The entry's sequence number (1-based) in its ledger.</param>
/// <param name="Type">The versioned event type (<c>approval.granted/v1</c>).</param>
/// <param name="Time">The entry's time.</param>
/// <param name="Subject">The entry's subject object.</param>
/// <param name="Payload">The entry's payload object.</param>
/// <param name="Signers">Who signed it, as verified against the trusted signers.</param>
public sealed record ProjectedEntry(long Seq, string Type, DateTimeOffset Time, JsonObject Subject, JsonObject Payload, VerifiedSigners Signers);
