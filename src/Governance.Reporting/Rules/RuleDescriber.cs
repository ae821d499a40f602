using Governance.Core.Durations;
using Governance.Core.Evaluation;
using Governance.Core.Policies;

namespace Governance.Reporting.Rules;

/// <summary>Describes a rule's requirement in a sentence, for <c>govern policy explain</c>.</summary>
public static class RuleDescriber
{
    /// <summary>One sentence saying what the rule demands.</summary>
    public static string Describe(Rule rule)
    {
        var text = rule.Requirement switch
        {
            ApprovalRequirement a => $"{a.Min} distinct approval{(a.Min == 1 ? "" : "s")} from {a.From.Describe()}"
                + Exclusions(a) + ", bound to the exact model digest or commit" + Age(a.MaxAge)
                + (a.AllowStale ? "; reviews of older pull-request commits count" : ""),
            EvaluationRequirement e => $"the latest {e.Metric}{(e.Dataset is null ? "" : $" on {e.Dataset}")} of the model digest"
                + (e.Min is { } min ? $" at least {Format.Number(min)}" : "") + (e.Max is { } max ? $"{(e.Min is null ? "" : " and")} at most {Format.Number(max)}" : "")
                + Age(e.MaxAge)
                + (e.NoRegressionFrom is { } env ? $", no worse than what is live in {env} (tolerance {Format.Number(e.Tolerance)}, {(e.IsHigherBetter ? "higher" : "lower")} is better)" : ""),
            AttestationRequirement t => $"a {t.PredicateType} attestation of the model digest"
                + (t.Signers.Count > 0 ? $" signed by {Format.List(t.Signers)}" : "") + Age(t.MaxAge),
            ProvenanceRequirement p => string.Join(" and ", new[]
            {
                p.DenyFlaggedSources ? "no flagged dataset anywhere in the training lineage" : null,
                p.RequireRegisteredDatasets ? "every training input registered, with matching digests" : null,
                p.RequireLinkedBaseModels ? "every base model's lineage from a linked, verified trail" : null,
            }.Where(s => s is not null)),
            ExpressionRequirement x => $"C# `{x.Expression}` is true",
            _ => rule.Requirement.Kind,
        };
        return (rule.When is { } when ? $"when `{when}`: " : "") + text + (rule.RequireSigned ? "; signed evidence only" : "");
    }

    private static string Exclusions(ApprovalRequirement a) => (a.DistinctFromAuthor, a.DistinctFromDeployer) switch
    {
        (true, true) => ", never the author or the deployer",
        (true, false) => ", never the author",
        (false, true) => ", never the deployer",
        _ => "",
    };

    private static string Age(TimeSpan? maxAge) => maxAge is { } age ? $", younger than {DurationText.Format(age)}" : "";
}
