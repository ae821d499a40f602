using Governance.Core.Policies;

namespace Governance.Core.Evaluation;

/// <summary>One C# condition to evaluate: a rule's <c>when</c> or an <c>expression</c> requirement.</summary>
/// <param name="Policy">The policy it belongs to.</param>
/// <param name="Rule">The rule it belongs to.</param>
/// <param name="Expression">The C# source text.</param>
/// <param name="IsWhen">True for a <c>when</c> condition, false for an <c>expression</c> requirement.</param>
/// <param name="Scope">The subject, evidence and decision time.</param>
public sealed record ConditionRequest(Policy Policy, Rule Rule, string Expression, bool IsWhen, EvaluationScope Scope);
