using Governance.Core.Durations;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;

namespace Governance.Core.Approvals;

/// <summary>Counts distinct eligible people whose latest decisive review approves the exact subject.</summary>
internal static class ApprovalCheck
{
    public static CheckResult Check(Rule rule, ApprovalRequirement req, EvaluationScope scope)
    {
        var tally = ApprovalTally.Count(rule, req, scope);
        var counted = tally.Counted;
        var who = req.From.Describe();
        var details = tally.Details;
        if (counted.Count >= req.Min)
        {
            return CheckResult.Pass(
                $"{counted.Count} of {req.Min} required approvals from {who}: {Format.List(counted.Select(c => c.Approver))}",
                details,
                [.. counted.Select(c => c.Origin.Reference)]);
        }

        var missing = req.Min - counted.Count;
        var excluded = new List<string>(2);
        if (req.DistinctFromAuthor && scope.Evidence.Context.Author is { } author)
        {
            excluded.Add($"not the author {author}");
        }

        if (req.DistinctFromDeployer && scope.Evidence.Context.Deployer is { } deployer)
        {
            excluded.Add($"not the deployer {deployer}");
        }

        var age = req.MaxAge is { } maxAge ? $", within {DurationText.Format(maxAge)}" : "";
        var rest = excluded.Count > 0 ? $" ({string.Join(", ", excluded)})" : "";
        return CheckResult.Fail(
            $"{counted.Count} of {req.Min} required approvals from {who}"
            + (counted.Count > 0 ? $": {Format.List(counted.Select(c => c.Approver))}" : "")
            + $"; {missing} more needed",
            details,
            $"{missing} more approval{(missing == 1 ? "" : "s")} of {scope.Subject.Digest.Short} from {who}{rest}{age}",
            [.. counted.Select(c => c.Origin.Reference)]);
    }

    /// <summary>The approvals that count for a rule, for C# conditions (<c>Approvals</c> in the context API).</summary>
    public static IReadOnlyList<ApprovalRecord> Valid(Rule rule, ApprovalRequirement req, EvaluationScope scope) =>
        ApprovalTally.Count(rule, req, scope).Counted;
}
