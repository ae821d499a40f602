using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>attestation.added/v1</c>: a signed in-toto style attestation about a digest; carries the signer's DSSE envelope unless relayed.</summary>
public sealed record AttestationAdded : LedgerEvent
{
    /// <summary>The type name, <c>attestation.added/v1</c>.</summary>
    public const string TypeName = "attestation.added/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The attestation predicate type.</summary>
    public required string PredicateType { get; init; }

    /// <summary>The signing principal.</summary>
    public required string Signer { get; init; }

    /// <summary>The attested digest.</summary>
    public required string Digest { get; init; }

    /// <summary><c>file</c>, <c>github</c> or <c>import</c> when recorded on the person's behalf from another source (the envelope, if any, is the recorder's).</summary>
    public string? RecordedFrom { get; init; }
}
