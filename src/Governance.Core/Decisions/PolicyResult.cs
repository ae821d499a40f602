using Governance.Core.Policies;

namespace Governance.Core.Decisions;

/// <summary>Whether a policy applied to the subject.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="Applies">True when its <c>appliesTo</c> matched.</param>
public sealed record PolicyResult(Policy Policy, bool Applies)
{
    /// <summary>The policy name.</summary>
    public string Name => Policy.Name;
}
