using Governance.Core.Subjects;

namespace Governance.Core.Evidence;

/// <summary>An attestation (in-toto predicate) about a model digest.</summary>
/// <param name="PredicateType">The predicate type URI.</param>
/// <param name="Signer">The principal named as signer; only <see cref="EvidenceOrigin.SignedBy"/> is verified.</param>
/// <param name="Digest">The model digest attested.</param>
/// <param name="Time">When it was made.</param>
/// <param name="Origin">Where it came from and who signed it.</param>
public sealed record AttestationRecord(
    string PredicateType,
    string Signer,
    Digest Digest,
    DateTimeOffset Time,
    EvidenceOrigin Origin) : IEvidenceItem;
