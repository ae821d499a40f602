using Governance.Core.Policies;
using Governance.Expressions.Caching;
using Governance.Expressions.Compilation;

namespace Governance.Expressions;

/// <summary>Type-checks and allow-lists the expressions of a policy set without emitting (for <c>govern policy lint</c>).</summary>
public static class ExpressionChecker
{
    /// <summary>Every problem, at the policy file's line and column; empty when all expressions are valid.</summary>
    public static IReadOnlyList<ExpressionDiagnostic> Check(IReadOnlyList<Policy> policies)
    {
        var set = ExpressionSet.Of(policies);
        return set.Texts.Count == 0 ? [] : CompiledCache.Check(set);
    }
}
