using Governance.Core.Durations;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;

namespace Governance.Core.Evaluations;

/// <summary>The latest evaluation of the subject digest must be fresh, within thresholds and no worse than what is live.</summary>
internal static class EvaluationCheck
{
    public static CheckResult Check(Rule rule, EvaluationRequirement req, EvaluationScope scope)
    {
        var details = new List<string>();
        var name = req.Dataset is null ? req.Metric : $"{req.Metric} on {req.Dataset}";
        var latest = Latest(rule, req, scope, scope.Subject.Digest, details);
        if (latest is null)
        {
            return CheckResult.Fail(
                $"no evaluation of {name} for {scope.Subject.Digest.Short}",
                details,
                $"record an evaluation of {name} for {scope.Subject.Digest}{Bounds(req)}");
        }

        var value = Format.Number(latest.Value);
        if (scope.Explain)
        {
            details.Insert(0, $"latest {name} = {value} ({Format.Time(latest.Time)}, {latest.Origin.Reference})");
        }

        string[] evidence = [latest.Origin.Reference];
        if (req.MaxAge is { } maxAge && scope.Time - latest.Time > maxAge)
        {
            return CheckResult.Fail(
                $"latest {name} is {DurationText.FormatAge(scope.Time - latest.Time)} old, older than maxAge {DurationText.Format(maxAge)}",
                details,
                $"re-run the evaluation of {name}; records older than {DurationText.Format(maxAge)} do not count",
                evidence);
        }

        if (req.Min is { } min && latest.Value < min)
        {
            return CheckResult.Fail($"{name} {value} is below min {Format.Number(min)}", details, $"{name} must be at least {Format.Number(min)}", evidence);
        }

        if (req.Max is { } max && latest.Value > max)
        {
            return CheckResult.Fail($"{name} {value} is above max {Format.Number(max)}", details, $"{name} must be at most {Format.Number(max)}", evidence);
        }

        return req.NoRegressionFrom is { } environment
            ? Regression(rule, req, scope, latest, environment, name, details)
            : CheckResult.Pass($"{name} {value}{Bounds(req)}", details, evidence);
    }

    private static CheckResult Regression(Rule rule, EvaluationRequirement req, EvaluationScope scope, EvaluationRecord latest, string environment, string name, List<string> details)
    {
        var value = Format.Number(latest.Value);
        DeploymentRecord? live = null;
        foreach (var deployment in scope.Evidence.Deployments)
        {
            if (string.Equals(deployment.Environment, environment, StringComparison.OrdinalIgnoreCase)
                && deployment.Model == scope.Subject.Model && deployment.Time <= scope.Time
                && (live is null || deployment.Time >= live.Time))
            {
                live = deployment;
            }
        }

        if (live is null)
        {
            details.Add($"nothing of {scope.Subject.Model} is live in {environment}: no baseline to regress from");
            return CheckResult.Pass($"{name} {value}{Bounds(req)}; no {scope.Subject.Model} live in {environment} to compare with", details, [latest.Origin.Reference]);
        }

        var baseline = Latest(rule, req, scope, live.Digest, details);
        if (baseline is null)
        {
            return CheckResult.Fail(
                $"no baseline {name} for {live.Digest.Short} live in {environment}; cannot show no regression",
                details,
                $"record an evaluation of {name} for the live model {live.Digest}",
                [latest.Origin.Reference, live.Origin.Reference]);
        }

        var limit = req.IsHigherBetter ? baseline.Value - req.Tolerance : baseline.Value + req.Tolerance;
        var regressed = req.IsHigherBetter ? latest.Value < limit : latest.Value > limit;
        var comparison = $"{name} {value} vs {Format.Number(baseline.Value)} live in {environment} ({live.Digest.Short}), tolerance {Format.Number(req.Tolerance)}";
        details.Add(comparison);
        string[] evidence = [latest.Origin.Reference, baseline.Origin.Reference, live.Origin.Reference];
        return regressed
            ? CheckResult.Fail($"{name} regressed: {comparison}", details, $"{name} must be {(req.IsHigherBetter ? "at least" : "at most")} {Format.Number(limit)}", evidence)
            : CheckResult.Pass($"{name} {value}{Bounds(req)}, no regression from {Format.Number(baseline.Value)} live in {environment}", details, evidence);
    }

    private static EvaluationRecord? Latest(Rule rule, EvaluationRequirement req, EvaluationScope scope, Digest digest, List<string> details)
    {
        EvaluationRecord? latest = null;
        var evaluations = scope.Evidence.Evaluations;
        for (var i = 0; i < evaluations.Count; i++)
        {
            var record = evaluations[i];
            if (record.Metric != req.Metric || (req.Dataset is not null && record.Dataset != req.Dataset))
            {
                continue;
            }

            if (record.Digest != digest)
            {
                if (scope.Explain && digest == scope.Subject.Digest)
                {
                    details.Add($"ignored {record.Origin.Reference}: evaluates {record.Digest.Short}, not {digest.Short}");
                }

                continue;
            }

            if (scope.Unusable(record, rule) is { } reason)
            {
                if (scope.Explain)
                {
                    details.Add($"ignored {record.Origin.Reference}: {reason}");
                }

                continue;
            }

            if (latest is null || record.Time >= latest.Time)
            {
                latest = record;
            }
        }

        return latest;
    }

    private static string Bounds(EvaluationRequirement req) => (req.Min, req.Max) switch
    {
        ({ } min, { } max) => $" within [{Format.Number(min)}, {Format.Number(max)}]",
        ({ } min, null) => $" ≥ min {Format.Number(min)}",
        (null, { } max) => $" ≤ max {Format.Number(max)}",
        _ => "",
    };
}
