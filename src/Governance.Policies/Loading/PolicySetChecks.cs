using Governance.Core.Policies;
using Governance.Policies.Diagnostics;

namespace Governance.Policies.Loading;

/// <summary>Checks across the policies of one set.</summary>
internal static class PolicySetChecks
{
    /// <summary>Reports a policy whose name an earlier policy already uses (names key output and status contexts).</summary>
    public static void DuplicateNames(IReadOnlyList<Policy> policies, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, Policy>(StringComparer.Ordinal);
        foreach (var policy in policies)
        {
            if (!seen.TryAdd(policy.Name, policy))
            {
                diagnostics.Add(new(NameLocation(policy), $"duplicate policy name '{policy.Name}' (also used by {seen[policy.Name].Path})"));
            }
        }
    }

    private static SourceLocation NameLocation(Policy policy) =>
        PolicyBuilder.NameLocations.TryGetValue(policy, out var location) ? location : new SourceLocation(policy.Path, 0, 0);
}
