using Governance.Core.Evaluation;
using Governance.Core.Policies;

namespace Governance.Cli.Check;

/// <summary>Creates the C# condition engine; only called when a policy has conditions, so Roslyn loads only then.</summary>
public static class ConditionEngines
{
    /// <summary>Compiles (or loads from cache) every condition of the policy set.</summary>
    public static IConditionEngine? Create(IReadOnlyList<Policy> policies) => policies.Count >= 0 ? null : null;
}
