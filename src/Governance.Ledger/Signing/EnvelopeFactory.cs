using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;

namespace Governance.Ledger.Signing;

/// <summary>
/// Signs person-made records as DSSE envelopes over bound in-toto Statements (<see cref="BoundStatement"/>): the
/// entry type, the subject, every payload field, the signing time and a unique id, so the signature counts for that
/// one entry only.
/// </summary>
public static class EnvelopeFactory
{
    /// <summary>The DSSE payload type of in-toto Statements.</summary>
    public const string PayloadType = "application/vnd.in-toto+json";

    /// <summary>
    /// The person's envelope for an entry of <paramref name="type"/> when the type needs one; null otherwise, and null
    /// for relayed records (<c>recordedFrom</c>): those no person signed, and the recorder's commit vouches for them.
    /// </summary>
    public static DsseEnvelope? For(string type, EntrySubject subject, JsonObject payload, KeyPair key, DateTimeOffset signedAt) =>
        EntryTypes.RequiresEnvelope(type, payload["recordedFrom"] is not null) ? Sign(type, subject, payload, key, signedAt) : null;

    /// <summary>Signs the bound statement for an entry of <paramref name="type"/>.</summary>
    public static DsseEnvelope Sign(string type, EntrySubject subject, JsonObject payload, KeyPair key, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var statement = BoundStatement.Create(type, subject.ToJson(), payload, signedAt, NewId());
        return Dsse.Sign(PayloadType, statement, key);
    }

    /// <summary>A fresh statement id (128 random bits, hex): what makes a bound statement count for one entry only.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
