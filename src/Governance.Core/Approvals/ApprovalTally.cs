using Governance.Core.Durations;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;

namespace Governance.Core.Approvals;

/// <summary>The people an approvals rule counts, and why every other review was ignored.</summary>
/// <param name="Counted">One approval per counted person.</param>
/// <param name="Details">A line per person considered.</param>
internal sealed record ApprovalTally(IReadOnlyList<ApprovalRecord> Counted, IReadOnlyList<string> Details)
{
    private const string NotCounted = "not counted";

    public static ApprovalTally Count(Rule rule, ApprovalRequirement req, EvaluationScope scope)
    {
        // Who approved what depends only on the evidence and on how the rule binds and trusts it, not on its team
        // list, so without --explain every approvals rule of a decision shares one grouping.
        List<string> details = [];
        var latest = scope.Explain
            ? LatestDecisivePerPerson(rule, req, scope, out details)
            : scope.Memo((typeof(ApprovalTally), req.AllowStale, scope.SignedNeeded(rule), rule.RequireSigned), () => LatestDecisivePerPerson(rule, req, scope, out _));
        var counted = new List<ApprovalRecord>(latest.Count);
        var context = scope.Evidence.Context;
        var flaggedAt = scope.LatestActiveFlag;
        var identities = scope.Evidence.Identities;
        foreach (var approval in latest)
        {
            var reason = Ineligible(approval, req, scope, context, flaggedAt, scope.Explain);
            if (reason is null)
            {
                counted.Add(approval);
                if (scope.Explain)
                {
                    var unmapped = !identities.IsEmpty && identities.PrincipalOf(approval.Approver) is null
                        ? $"; {approval.Origin.Source.ToString().ToLowerInvariant()} name with no principal in principals.yaml" : "";
                    details.Add($"{approval.Approver}: counts ({MatchingTeam(req, approval, identities)}, {Format.Time(approval.Time)}, {approval.Origin.Reference}{unmapped})");
                }
            }
            else if (scope.Explain)
            {
                details.Add($"{approval.Approver}: ignored, {reason}");
            }
        }

        return new ApprovalTally(counted, details);
    }

    private static List<ApprovalRecord> LatestDecisivePerPerson(Rule rule, ApprovalRequirement req, EvaluationScope scope, out List<string> details)
    {
        details = [];
        var latest = new Dictionary<string, ApprovalRecord>(StringComparer.OrdinalIgnoreCase);
        var approvals = scope.Evidence.Approvals;
        for (var i = 0; i < approvals.Count; i++)
        {
            var approval = approvals[i];
            if (approval.State is ApprovalState.Commented)
            {
                continue;
            }

            if (!IsBound(approval, req, scope))
            {
                if (scope.Explain)
                {
                    details.Add($"{approval.Approver}: ignored, bound to {approval.Digest?.Short ?? approval.Commit ?? "nothing"}, not {scope.Subject.Digest.Short}");
                }

                continue;
            }

            if (scope.Unusable(approval, rule) is { } unusable)
            {
                if (scope.Explain)
                {
                    details.Add($"{approval.Approver}: ignored, {unusable}");
                }

                continue;
            }

            // One person, however many names: group by principal (a file's `alice` and a signed alice@acme.example
            // are one approver). A later dismissal, revocation or change request cancels an earlier approval.
            var person = scope.Evidence.Identities.Canonical(approval.Approver);
            ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(latest, person, out _);
            if (seen is null || approval.Time > seen.Time || (approval.Time == seen.Time && approval.State != ApprovalState.Approved))
            {
                seen = approval;
            }
        }

        var result = new List<ApprovalRecord>(latest.Count);
        foreach (var approval in latest.Values)
        {
            if (approval.State == ApprovalState.Approved)
            {
                result.Add(approval);
            }
            else if (scope.Explain)
            {
                var what = approval.State switch
                {
                    ApprovalState.Revoked => "a revocation",
                    ApprovalState.Dismissed => "dismissed (a new approval is needed)",
                    _ => "changes requested",
                };
                details.Add($"{approval.Approver}: ignored, latest review is {what} ({Format.Time(approval.Time)})");
            }
        }

        result.Sort((a, b) => StringComparer.Ordinal.Compare(a.Approver, b.Approver));
        return result;
    }

    private static bool IsBound(ApprovalRecord approval, ApprovalRequirement req, EvaluationScope scope)
    {
        if (approval.Digest is { } digest)
        {
            return digest == scope.Subject.Digest;
        }

        return approval.Commit is not null && scope.Commit is not null
            && (string.Equals(approval.Commit, scope.Commit, StringComparison.OrdinalIgnoreCase) || (approval.IsStale && req.AllowStale));
    }

    /// <summary>Why an approval does not count, or null; without <paramref name="explain"/> only whether (no text is built).</summary>
    private static string? Ineligible(ApprovalRecord approval, ApprovalRequirement req, EvaluationScope scope, DecisionContext context, DatasetFlag? flag, bool explain)
    {
        var identities = scope.Evidence.Identities;
        if (req.DistinctFromAuthor && IsOneOf(approval.Approver, context.Author, context.OtherAuthors, identities))
        {
            return "the change's author never counts";
        }

        if (req.DistinctFromDeployer && IsOneOf(approval.Approver, context.Deployer, context.OtherDeployers, identities))
        {
            return "the deployer never counts";
        }

        if (MatchingTeam(req, approval, identities) is null)
        {
            return !explain ? NotCounted : $"not in {req.From.Describe()} (member of {Format.List(approval.Teams)})";
        }

        if (req.MaxAge is { } maxAge && scope.Time - approval.Time > maxAge)
        {
            return !explain ? NotCounted : $"approved {DurationText.FormatAge(scope.Time - approval.Time)} ago, older than maxAge {DurationText.Format(maxAge)}";
        }

        if (flag is not null && approval.Time < flag.Time)
        {
            return !explain ? NotCounted : $"approved before source {flag.Dataset} was flagged ({Format.Time(flag.Time)}); re-approval needed";
        }

        return null;
    }

    /// <summary>True when the person is <paramref name="first"/> or one of <paramref name="others"/> (no allocation: the gate's hot path).</summary>
    private static bool IsOneOf(string person, string? first, IReadOnlyList<string> others, IdentityMap identities)
    {
        if (identities.Same(person, first))
        {
            return true;
        }

        for (var i = 0; i < others.Count; i++)
        {
            if (identities.Same(person, others[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why the approver belongs to the rule's set: by team, by name, or by a listed user who is the same principal.</summary>
    private static string? MatchingTeam(ApprovalRequirement req, ApprovalRecord approval, IdentityMap identities)
    {
        if (req.From.MatchingTeam(approval.Approver, approval.Teams) is { } match)
        {
            return match;
        }

        if (identities.IsEmpty)
        {
            return null;
        }

        var users = req.From.Users;
        for (var i = 0; i < users.Count; i++)
        {
            if (identities.Same(approval.Approver, users[i]))
            {
                return "user";
            }
        }

        return null;
    }
}
