using Governance.Core.Policies;
using Governance.Policies.Yaml;

namespace Governance.Policies.Loading;

/// <summary>Builds the requirement records of a rule from their mappings.</summary>
internal static class RequirementBuilder
{
    /// <summary><c>approvals: { min, from, distinctFromAuthor, distinctFromDeployer, maxAge, allowStale }</c>.</summary>
    public static ApprovalRequirement? Approvals(MappingReader body)
    {
        var min = body.Integer("min", required: true, minimum: 1);
        var from = Principals(body.Child("from", required: true));
        var author = body.Bool("distinctFromAuthor") ?? true;
        var deployer = body.Bool("distinctFromDeployer") ?? true;
        var maxAge = body.Duration("maxAge");
        var allowStale = body.Bool("allowStale") ?? false;
        body.RejectUnknown();
        return min is null || from is null ? null : new ApprovalRequirement(min.Value, from, author, deployer, maxAge, allowStale);
    }

    /// <summary><c>evaluation: { metric, dataset, min, max, maxAge, noRegressionFrom, tolerance, higherIsBetter }</c>.</summary>
    public static EvaluationRequirement? Evaluation(MappingReader body)
    {
        var metric = body.String("metric", required: true);
        var dataset = body.String("dataset");
        var min = body.Number("min");
        var max = body.Number("max");
        var maxAge = body.Duration("maxAge");
        var baseline = body.String("noRegressionFrom");
        var tolerance = body.Number("tolerance", minimum: 0) ?? 0;
        var higherIsBetter = body.Bool("higherIsBetter");
        body.RejectUnknown();
        return metric is null ? null : new EvaluationRequirement(metric, dataset, min, max, maxAge, baseline, tolerance, higherIsBetter);
    }

    /// <summary><c>attestation: { predicateType, signers, maxAge }</c>.</summary>
    public static AttestationRequirement? Attestation(MappingReader body)
    {
        var predicateType = body.String("predicateType", required: true);
        var signers = body.StringList("signers") ?? [];
        var maxAge = body.Duration("maxAge");
        body.RejectUnknown();
        return predicateType is null ? null : new AttestationRequirement(predicateType, signers, maxAge);
    }

    /// <summary><c>provenance: { denyFlaggedSources, requireRegisteredDatasets, requireLinkedBaseModels }</c> (all default false).</summary>
    public static ProvenanceRequirement Provenance(MappingReader body)
    {
        var flagged = body.Bool("denyFlaggedSources") ?? false;
        var registered = body.Bool("requireRegisteredDatasets") ?? false;
        var linked = body.Bool("requireLinkedBaseModels") ?? false;
        body.RejectUnknown();
        return new ProvenanceRequirement(flagged, registered, linked);
    }

    /// <summary><c>{ teams: [...], users: [...] }</c>; either list may be absent.</summary>
    public static PrincipalSet? Principals(MappingReader? set)
    {
        if (set is null)
        {
            return null;
        }

        var teams = set.StringList("teams");
        var users = set.StringList("users");
        var ok = (!set.Has("teams") || teams is not null) && (!set.Has("users") || users is not null);
        set.RejectUnknown();
        return ok ? new PrincipalSet(teams ?? [], users ?? []) : null;
    }
}
