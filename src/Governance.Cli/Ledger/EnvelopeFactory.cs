using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;

namespace Governance.Cli.Ledger;

/// <summary>Signs person-made records as DSSE envelopes over in-toto Statements naming the model digest.</summary>
public static class EnvelopeFactory
{
    /// <summary>The DSSE payload type of in-toto Statements.</summary>
    public const string PayloadType = "application/vnd.in-toto+json";

    /// <summary>Signs an envelope for an entry of <paramref name="type"/> when the type needs one; null otherwise.</summary>
    public static DsseEnvelope? For(string type, EntrySubject subject, JsonObject payload, KeyPair key)
    {
        if (!EntryTypes.RequiresEnvelope(type))
        {
            return null;
        }

        var digest = (string?)payload["digest"] ?? subject.Digest;
        InTotoSubject[] subjects = digest is { Length: 71 } ? [new InTotoSubject(subject.Model ?? "model", digest[7..])] : [];
        var predicateType = type == EntryTypes.AttestationAdded
            ? (string?)payload["predicateType"] ?? "https://governance.dev/attestations/unknown/v1"
            : $"https://governance.dev/ledger/{type}";
        var statement = new InTotoStatement(subjects, predicateType, (JsonObject)payload.DeepClone());
        return Dsse.Sign(PayloadType, statement.ToJson(), key);
    }
}
