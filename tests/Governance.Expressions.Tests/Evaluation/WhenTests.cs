using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Expressions.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Expressions.Tests.Evaluation;

public sealed class WhenTests
{
    private static readonly SourceLocation At = new("policies/prod.yaml", 30, 7);

    private static Rule CisoRule(string when) =>
        new("xl-models-need-ciso", new ApprovalRequirement(1, new PrincipalSet([], ["ciso"])), RuleMode.Enforce, At)
        {
            When = when,
            WhenLocation = At with { Column = 13 },
        };

    [Fact]
    public void Evaluate_WhenTrue_AppliesDeclarativeRequirement()
    {
        var policy = Fixture.Policy(CisoRule("Model.Labels[\"size\"] == \"xl\""));

        var decision = Decide(policy, Fixture.Evidence);

        var rule = Assert.Single(decision.Rules);
        Assert.Equal(RuleOutcome.Fail, rule.Outcome);
        Assert.Equal(Verdict.Deny, decision.Verdict);
    }

    [Fact]
    public void Evaluate_WhenFalse_SkipsRuleWithExplanation()
    {
        var policy = Fixture.Policy(CisoRule("Model.Labels[\"size\"] == \"xl\""));
        var evidence = Fixture.Evidence with { Context = Fixture.Evidence.Context with { Labels = new Dictionary<string, string> { ["size"] = "s" } } };

        var decision = Decide(policy, evidence);

        var rule = Assert.Single(decision.Rules);
        Assert.Equal(RuleOutcome.Skipped, rule.Outcome);
        Assert.Equal(Verdict.Allow, decision.Verdict);
        Assert.Equal(["Model.Labels[\"size\"] = \"s\" ≠ \"xl\""], rule.Details);
    }

    [Fact]
    public void Evaluate_WhenOnUnlabelledModel_SkipsInsteadOfThrowing()
    {
        var policy = Fixture.Policy(CisoRule("Model.Labels[\"size\"] == \"xl\""));

        var decision = Decide(policy, Fixture.Evidence with { Context = Fixture.Evidence.Context with { Labels = null } });

        Assert.Equal(RuleOutcome.Skipped, Assert.Single(decision.Rules).Outcome);
    }

    [Fact]
    public void Evaluate_WhenAndExpressionOnOneRule_BothCompiledAndApplied()
    {
        var policy = Fixture.Policy(
            Fixture.ExpressionRule("prod-latency", "Evaluations.Latest(\"latency_p95_ms\") < 800", when: "Environment == \"production\""),
            Fixture.ExpressionRule("staging-latency", "Evaluations.Latest(\"latency_p95_ms\") < 2000", line: 20, when: "Environment == \"staging\""),
            Fixture.ExpressionRule("audit-only", "Approvals.Count >= 5", line: 30, mode: RuleMode.Audit));

        var decision = Decide(policy, Fixture.Evidence);

        Assert.Equal([RuleOutcome.Fail, RuleOutcome.Skipped, RuleOutcome.Fail], decision.Rules.Select(r => r.Outcome));
        Assert.Equal(Verdict.Deny, decision.Verdict);
        Assert.Equal(["Evaluations.Latest(\"latency_p95_ms\") = 912 ≥ 800"], decision.Rules[0].Details);
    }

    [Fact]
    public void Evaluate_WhenThrows_ErrorDeniesUnderEnforce()
    {
        var policy = Fixture.Policy(CisoRule("Approvals[7].Approver == \"x\""));

        var decision = Decide(policy, Fixture.Evidence);

        var rule = Assert.Single(decision.Rules);
        Assert.Equal(RuleOutcome.Error, rule.Outcome);
        Assert.Contains("ArgumentOutOfRangeException", rule.Message, StringComparison.Ordinal);
        Assert.Equal(Verdict.Deny, decision.Verdict);
    }

    private static Decision Decide(Policy policy, EvidenceSet evidence)
    {
        using var cache = new TempDirectory();
        using var engine = RoslynConditionEngine.Create([policy], cache.Options);
        return new PolicyEvaluator(TimeProvider.System, engine).Evaluate([policy], Fixture.Subject, evidence);
    }
}
