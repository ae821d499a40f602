using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Testing.Builders;
using Governance.Testing.Time;

namespace Governance.Core.Tests.Evaluation;

public sealed class PolicyEvaluatorTests
{
    private static readonly Rule FailingAudit = Some.Rule("latency", new EvaluationRequirement("latency_p95_ms", Max: 800), RuleMode.Audit);
    private static readonly Rule FailingEnforce = Some.Rule("toxicity", new EvaluationRequirement("toxicity_rate", Max: 0.01));

    [Fact]
    public void Evaluate_AuditRuleFails_StillAllows()
    {
        var decision = Gate.Evaluate(Some.Policy(FailingAudit), new EvidenceSet());

        Assert.Equal(Verdict.Allow, decision.Verdict);
        Assert.Equal(RuleOutcome.Fail, decision.Rules[0].Outcome);
    }

    [Fact]
    public void Evaluate_EnforcedRuleFails_Denies()
    {
        Assert.Equal(Verdict.Deny, Gate.Evaluate(Some.Policy(FailingAudit, FailingEnforce), new EvidenceSet()).Verdict);
    }

    [Fact]
    public void Evaluate_ExpressionWithoutEngine_IsErrorAndDenies()
    {
        var rule = Some.Rule("latency", new ExpressionRequirement("Evaluations.Latest(\"latency\") < 800", SourceLocation.None));

        var decision = Gate.Evaluate(Some.Policy(rule), new EvidenceSet());

        Assert.Equal(RuleOutcome.Error, decision.Rules[0].Outcome);
        Assert.Equal(Verdict.Deny, decision.Verdict);
    }

    [Fact]
    public void Evaluate_ConditionEngineThrows_FailsClosed()
    {
        var rule = Some.Rule("latency", new ExpressionRequirement("x", SourceLocation.None));

        var decision = Gate.Evaluate(Some.Policy(rule), new EvidenceSet(), conditions: new Engine(_ => throw new InvalidOperationException("boom")));

        Assert.Equal(RuleOutcome.Error, decision.Rules[0].Outcome);
        Assert.Equal("expression could not be evaluated: boom", decision.Rules[0].Message);
        Assert.Equal(Verdict.Deny, decision.Verdict);
    }

    [Fact]
    public void Evaluate_WhenFalse_SkipsRule()
    {
        var rule = FailingEnforce with { When = "Model.Labels[\"size\"] == \"xl\"" };

        var decision = Gate.Evaluate(Some.Policy(rule), new EvidenceSet(), conditions: new Engine(_ => ConditionResult.Of(false)));

        Assert.Equal(RuleOutcome.Skipped, decision.Rules[0].Outcome);
        Assert.Equal(Verdict.Allow, decision.Verdict);
    }

    [Fact]
    public void Evaluate_WhenTrue_EvaluatesRequirement()
    {
        var rule = FailingEnforce with { When = "true" };

        var decision = Gate.Evaluate(Some.Policy(rule), new EvidenceSet(), conditions: new Engine(r => ConditionResult.Of(r.IsWhen)));

        Assert.Equal(RuleOutcome.Fail, decision.Rules[0].Outcome);
    }

    [Fact]
    public void Evaluate_PolicyDoesNotApply_ReportsNotApplicableAndNoRules()
    {
        var decision = Gate.Evaluate(Some.Policy(FailingEnforce), new EvidenceSet(), Some.Subject("staging"));

        Assert.True(decision.NoPolicyApplied);
        Assert.Empty(decision.Rules);
        Assert.False(decision.Policies[0].Applies);
    }

    [Fact]
    public void Evaluate_ModelGlobDoesNotMatch_NotApplicable()
    {
        var subject = Some.Subject() with { Model = "search-ranker" };

        Assert.True(Gate.Evaluate(Some.Policy(FailingEnforce), new EvidenceSet(), subject).NoPolicyApplied);
    }

    [Fact]
    public void Evaluate_NoContextTime_UsesTimeProvider()
    {
        var clock = new FixedClock(Some.Now + TimeSpan.FromDays(1));

        var decision = new PolicyEvaluator(clock).Evaluate([Some.Policy(FailingEnforce)], Some.Subject(), new EvidenceSet());

        Assert.Equal(clock.GetUtcNow(), decision.Time);
    }

    private sealed class Engine(Func<ConditionRequest, ConditionResult> evaluate) : IConditionEngine
    {
        public ConditionResult Evaluate(ConditionRequest request) => evaluate(request);
    }
}
