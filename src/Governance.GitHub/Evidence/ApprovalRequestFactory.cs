using Governance.Core.Policies;
using Governance.GitHub.Events;
using Governance.GitHub.Rest;
using Governance.GitHub.Reviews;
using Governance.GitHub.Teams;

namespace Governance.GitHub.Evidence;

/// <summary>
/// Builds the approval request from the event and the approvals rules of the applicable policies: their teams and
/// users, who is excluded (only when every rule excludes them; Core applies each rule's own setting), and stale
/// reviews always fetched so Core's <c>allowStale</c> decides per rule.
/// </summary>
public static class ApprovalRequestFactory
{
    /// <summary>The approvals rules of the policies that apply to the model and environment.</summary>
    public static IReadOnlyList<ApprovalRequirement> Requirements(IReadOnlyList<Policy> policies, string model, string environment) =>
        [.. policies.Where(p => p.AppliesTo.Matches(model, environment))
            .SelectMany(p => p.Rules)
            .Select(r => r.Requirement)
            .OfType<ApprovalRequirement>()];

    /// <summary>The request for the event's subject; <paramref name="deployers"/> never count (empty in pull-request mode).</summary>
    public static ApprovalRequest Create(GitHubEvent gitHubEvent, string subjectSha, IReadOnlyList<ApprovalRequirement> rules, IReadOnlyList<string> deployers)
    {
        var teams = new List<TeamName>();
        foreach (var text in rules.SelectMany(r => r.From.Teams).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            teams.Add(TeamName.TryParse(text, out var team)
                ? team
                : throw new GitHubSetupException($"approvals team '{text}' is not of the form org/team-slug, so GitHub membership cannot be checked"));
        }

        return ApprovalRequest.ForEvent(gitHubEvent with { SubjectSha = subjectSha }, actor: null) with
        {
            Deployers = deployers,
            Teams = teams,
            Users = [.. rules.SelectMany(r => r.From.Users).Distinct(StringComparer.OrdinalIgnoreCase)],
            AllowStale = true,
            ExcludeAuthor = rules.All(r => r.DistinctFromAuthor),
            ExcludeDeployer = rules.All(r => r.DistinctFromDeployer),
        };
    }
}
