using Governance.Core.Approvals;
using Governance.Core.Attestations;
using Governance.Core.Decisions;
using Governance.Core.Evaluations;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Provenance;
using Governance.Core.Subjects;
using Governance.Core.Waivers;

namespace Governance.Core.Evaluation;

/// <summary>Evaluates policies against evidence for a subject. Pure: no I/O; the clock comes from <see cref="TimeProvider"/>.</summary>
public sealed class PolicyEvaluator
{
    private readonly TimeProvider _time;
    private readonly IConditionEngine? _conditions;
    private readonly EvaluationOptions _options;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="time">The clock, used when the evidence fixes no decision time.</param>
    /// <param name="conditions">The C# condition engine, when any policy has conditions.</param>
    /// <param name="options">Trust switches.</param>
    public PolicyEvaluator(TimeProvider time, IConditionEngine? conditions = null, EvaluationOptions? options = null)
    {
        _time = time;
        _conditions = conditions;
        _options = options ?? EvaluationOptions.Default;
    }

    /// <summary>Evaluates every applicable policy's rules. A deny is a value; this never throws for bad evidence.</summary>
    public Decision Evaluate(IReadOnlyList<Policy> policies, Subject subject, EvidenceSet evidence)
    {
        var scope = new EvaluationScope(subject, evidence, evidence.Context.Time ?? _time.GetUtcNow(), _options);
        var policyResults = new List<PolicyResult>(policies.Count);
        var rules = new List<RuleResult>();
        foreach (var policy in policies)
        {
            var applies = policy.AppliesTo.Matches(subject.Model, subject.Environment);
            policyResults.Add(new PolicyResult(policy, applies));
            if (!applies)
            {
                continue;
            }

            foreach (var rule in policy.Rules)
            {
                rules.Add(EvaluateRule(policy, rule, scope));
            }
        }

        var verdict = rules.Exists(r => r.Blocks) ? Verdict.Deny : Verdict.Allow;
        return new Decision(verdict, subject, scope.Time, policyResults, rules);
    }

    private RuleResult EvaluateRule(Policy policy, Rule rule, EvaluationScope scope)
    {
        if (rule.When is { } when)
        {
            var condition = Condition(policy, rule, when, isWhen: true, scope);
            if (condition.Error is { } error)
            {
                return new RuleResult(policy.Name, rule, RuleOutcome.Error, $"when condition could not be evaluated: {error}") { Details = condition.Details };
            }

            if (!condition.Value)
            {
                return new RuleResult(policy.Name, rule, RuleOutcome.Skipped, $"skipped: when `{when}` is false") { Details = condition.Details };
            }
        }

        CheckResult check;
        try
        {
            check = Check(policy, rule, scope);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            check = CheckResult.Error($"rule could not be evaluated: {ex.Message}");
        }

        if (check.Outcome is not (RuleOutcome.Fail or RuleOutcome.Error))
        {
            return new RuleResult(policy.Name, rule, check.Outcome, check.Message) { Details = check.Details, Evidence = check.Evidence };
        }

        var details = new List<string>(check.Details);
        if (WaiverResolver.Find(policy, rule, rule.Id, scope, details) is { } waiver)
        {
            return new RuleResult(policy.Name, rule, RuleOutcome.Waived,
                $"waived by {waiver.Approver} until {Format.Time(waiver.Expires)} ({waiver.Reason}): {check.Message}")
            {
                Details = details,
                Evidence = [.. check.Evidence, waiver.Origin.Reference],
            };
        }

        return new RuleResult(policy.Name, rule, check.Outcome, check.Message)
        {
            Details = details,
            Remedy = check.Remedy,
            Evidence = check.Evidence,
        };
    }

    private CheckResult Check(Policy policy, Rule rule, EvaluationScope scope) => rule.Requirement switch
    {
        ApprovalRequirement approvals => ApprovalCheck.Check(rule, approvals, scope),
        EvaluationRequirement evaluation => EvaluationCheck.Check(rule, evaluation, scope),
        AttestationRequirement attestation => AttestationCheck.Check(rule, attestation, scope),
        ProvenanceRequirement provenance => ProvenanceCheck.Check(policy, rule, provenance, scope),
        ExpressionRequirement expression => ExpressionCheck(policy, rule, expression, scope),
        _ => CheckResult.Error($"unknown requirement kind {rule.Requirement.Kind}"),
    };

    private CheckResult ExpressionCheck(Policy policy, Rule rule, ExpressionRequirement expression, EvaluationScope scope)
    {
        var result = Condition(policy, rule, expression.Expression, isWhen: false, scope);
        return result.Error is { } error ? CheckResult.Error($"expression could not be evaluated: {error}", result.Details)
            : result.Value ? CheckResult.Pass($"`{expression.Expression}` is true", result.Details, [])
            : CheckResult.Fail($"`{expression.Expression}` is false", result.Details, "make the expression true");
    }

    private ConditionResult Condition(Policy policy, Rule rule, string expression, bool isWhen, EvaluationScope scope)
    {
        if (_conditions is null)
        {
            return ConditionResult.Failed("C# conditions are not available in this build");
        }

        try
        {
            return _conditions.Evaluate(new ConditionRequest(policy, rule, expression, isWhen, scope));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ConditionResult.Failed(ex.Message);
        }
    }
}
