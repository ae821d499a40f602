using Governance.Cli.Check;
using Governance.Core.Evaluation;
using Governance.Core.Policies;

namespace Governance.Cli.Authoring;

/// <summary>Gives policy tests the same C# condition engine as <c>check</c>, created only for policy sets that need one.</summary>
public static class ConditionEngineFactory
{
    /// <summary>The engine for a policy set, or null when none of its policies has conditions.</summary>
    public static IConditionEngine? ForTests(IReadOnlyList<Policy> policies) =>
        policies.Any(p => p.HasExpressions) ? ConditionEngines.Create(policies) : null;
}
