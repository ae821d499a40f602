using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;
using Governance.Testing.Builders;

namespace Governance.Core.Tests;

/// <summary>Evaluates at the fixed test time <see cref="Some.Now"/>.</summary>
internal static class Gate
{
    public static Decision Evaluate(Policy policy, EvidenceSet evidence, Subject? subject = null, EvaluationOptions? options = null, IConditionEngine? conditions = null) =>
        new PolicyEvaluator(TimeProvider.System, conditions, (options ?? EvaluationOptions.Default) with { Explain = true }).Evaluate(
            [policy],
            subject ?? Some.Subject(),
            evidence with { Context = evidence.Context with { Time = evidence.Context.Time ?? Some.Now } });

    public static RuleResult Single(Policy policy, EvidenceSet evidence, Subject? subject = null, EvaluationOptions? options = null) =>
        Assert.Single(Evaluate(policy, evidence, subject, options).Rules);

    public static EvidenceSet With(params ApprovalRecord[] approvals) =>
        new() { Context = new DecisionContext(Author: "dave", Deployer: "erin"), Approvals = approvals };
}
