namespace Governance.Core.Evidence;

/// <summary>Where an item came from and who, if anyone, is cryptographically known to have signed it.</summary>
/// <param name="Source">The kind of source.</param>
/// <param name="Reference">A stable reference for output: <c>file.json#/approvals/0</c>, <c>ledger:42</c>, a review URL.</param>
/// <param name="SignedBy">The verified signer principal, or null when unsigned.</param>
public sealed record EvidenceOrigin(EvidenceSource Source, string Reference, string? SignedBy = null)
{
    /// <summary>True when a trusted signature vouches for the item.</summary>
    public bool IsSigned => SignedBy is not null;

    /// <summary>An origin for items built in code (tests, defaults).</summary>
    public static EvidenceOrigin Unsigned(string reference) => new(EvidenceSource.File, reference);
}
