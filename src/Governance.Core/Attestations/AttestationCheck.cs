using Governance.Core.Durations;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;

namespace Governance.Core.Attestations;

/// <summary>An attestation of the predicate type, for the subject digest, by an accepted signer.</summary>
internal static class AttestationCheck
{
    public static CheckResult Check(Rule rule, AttestationRequirement req, EvaluationScope scope)
    {
        var details = new List<string>();
        foreach (var attestation in scope.Evidence.Attestations)
        {
            if (attestation.PredicateType != req.PredicateType)
            {
                continue;
            }

            // Only a verified signature names the signer; the record's own "signer" field is a claim anyone can write. An
            // evidence file given directly is all claims (it counts only where unsigned evidence is accepted), so there
            // the named signer is taken at its word; nowhere else (ledger records, relayed or not).
            var signer = attestation.Origin.SignedBy ?? (attestation.Origin.Source == EvidenceSource.File ? attestation.Signer : null);
            string? reason = attestation.Digest != scope.Subject.Digest ? $"attests {attestation.Digest.Short}, not {scope.Subject.Digest.Short}"
                : scope.Unusable(attestation, rule)
                ?? (req.Signers.Count > 0 && signer is null ? $"names {attestation.Signer} as signer but carries no verified signature"
                : req.Signers.Count > 0 && !req.Signers.Contains(signer, StringComparer.OrdinalIgnoreCase) ? $"signed by {signer}, not one of {Format.List(req.Signers)}"
                : req.MaxAge is { } maxAge && scope.Time - attestation.Time > maxAge ? $"{DurationText.FormatAge(scope.Time - attestation.Time)} old, older than maxAge {DurationText.Format(maxAge)}"
                : null);
            if (reason is null)
            {
                if (scope.Explain)
                {
                    details.Add($"{attestation.Origin.Reference}: counts (signed by {signer ?? "nobody"}, {Format.Time(attestation.Time)})");
                }

                return CheckResult.Pass($"{req.PredicateType} attested by {signer ?? attestation.Signer}", details, [attestation.Origin.Reference]);
            }

            if (scope.Explain)
            {
                details.Add($"ignored {attestation.Origin.Reference}: {reason}");
            }
        }

        var by = req.Signers.Count > 0 ? $" signed by one of {Format.List(req.Signers)}" : "";
        return CheckResult.Fail(
            $"no {req.PredicateType} attestation for {scope.Subject.Digest.Short}{by}",
            details,
            $"add a {req.PredicateType} attestation for {scope.Subject.Digest}{by}");
    }
}
