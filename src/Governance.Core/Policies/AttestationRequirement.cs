namespace Governance.Core.Policies;

/// <summary>An attestation of a predicate type, signed by one of the listed principals, for the subject digest.</summary>
/// <param name="PredicateType">The in-toto predicate type URI.</param>
/// <param name="Signers">Acceptable signer principals; empty accepts any trusted signer.</param>
/// <param name="MaxAge">The attestation must be younger than this at decision time.</param>
public sealed record AttestationRequirement(string PredicateType, IReadOnlyList<string> Signers, TimeSpan? MaxAge = null) : Requirement
{
    /// <inheritdoc />
    public override string Kind => "attestation";
}
