using Governance.Core.Durations;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;

namespace Governance.Core.Waivers;

/// <summary>Finds a valid waiver for a rule id or a <c>source:&lt;dataset&gt;</c> key, explaining every one it ignores.</summary>
internal static class WaiverResolver
{
    public static WaiverRecord? Find(Policy policy, Rule rule, string key, EvaluationScope scope, List<string> details)
    {
        WaiverRecord? valid = null;
        foreach (var waiver in scope.Evidence.Waivers)
        {
            if (!waiver.Rules.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            var reason = Invalid(policy, rule, waiver, scope);
            if (reason is null)
            {
                if (valid is null || waiver.Expires > valid.Expires)
                {
                    valid = waiver;
                }
            }
            else
            {
                details.Add($"ignored waiver of {key} by {waiver.Approver} ({waiver.Origin.Reference}): {reason}");
            }
        }

        return valid;
    }

    private static string? Invalid(Policy policy, Rule rule, WaiverRecord waiver, EvaluationScope scope)
    {
        if (waiver.Digest != scope.Subject.Digest)
        {
            return $"scoped to {waiver.Digest.Short}, not {scope.Subject.Digest.Short}";
        }

        if (policy.Waivers is not { } allowed)
        {
            return $"policy {policy.Name} allows no waivers";
        }

        if (!allowed.Approvers.Contains(waiver.Approver, waiver.Teams))
        {
            return $"{waiver.Approver} is not a waiver approver ({allowed.Approvers.Describe()})";
        }

        var context = scope.Evidence.Context;
        if (string.Equals(waiver.Approver, context.Author, StringComparison.OrdinalIgnoreCase))
        {
            return "granted by the change's author";
        }

        if (scope.Unusable(waiver, rule) is { } unusable)
        {
            return unusable;
        }

        if (waiver.Expires - waiver.Time > allowed.MaxDuration)
        {
            return $"runs {DurationText.FormatAge(waiver.Expires - waiver.Time)}, longer than maxDuration {DurationText.Format(allowed.MaxDuration)}";
        }

        return waiver.Expires <= scope.Time ? $"expired {Format.Time(waiver.Expires)}" : null;
    }
}
