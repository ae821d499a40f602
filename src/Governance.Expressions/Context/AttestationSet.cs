using Governance.Core.Evidence;

namespace Governance.Expressions.Context;

/// <summary><c>Attestations</c>: attestations about the subject's exact digest, usable for the rule.</summary>
public sealed class AttestationSet
{
    private readonly IReadOnlyList<AttestationRecord> _records;

    internal AttestationSet(IReadOnlyList<AttestationRecord> records) => _records = records;

    /// <summary>True when an attestation with <paramref name="predicateType"/> exists.</summary>
    public bool Has(string predicateType) => _records.Any(r => r.PredicateType == predicateType);

    /// <summary>True when such an attestation was signed (verified) by <paramref name="signer"/>.</summary>
    public bool Has(string predicateType, string signer) =>
        _records.Any(r => r.PredicateType == predicateType && r.Origin.SignedBy == signer);

    /// <summary>The distinct predicate types present.</summary>
    public IReadOnlyList<string> PredicateTypes => [.. _records.Select(r => r.PredicateType).Distinct(StringComparer.Ordinal)];

    /// <summary>The number of usable attestations.</summary>
    public int Count => _records.Count;
}
