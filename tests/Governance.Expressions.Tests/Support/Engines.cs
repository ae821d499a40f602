using Governance.Core.Evaluation;
using Governance.Core.Policies;

namespace Governance.Expressions.Tests.Support;

/// <summary>Helpers to evaluate expressions of a policy with an engine.</summary>
internal static class Engines
{
    public static ConditionResult Evaluate(this RoslynConditionEngine engine, Policy policy, Rule rule, EvaluationScope? scope = null)
    {
        var expression = ((ExpressionRequirement)rule.Requirement).Expression;
        return engine.Evaluate(new ConditionRequest(policy, rule, expression, false, scope ?? Fixture.Scope()));
    }
}
