using System.Collections.Concurrent;
using Governance.GitHub.Rest;
using Governance.GitHub.Teams;
using static Governance.GitHub.Reviews.PullRequestLocator;

namespace Governance.GitHub.Reviews;

/// <summary>
/// Builds the pull-request approval facts for a subject commit: the latest decisive review per reviewer counts,
/// only <c>APPROVED</c> on the subject (PR head or deployed) commit, never the author or the deployer, and team
/// membership is checked, not assumed. Membership answers are cached per (team, user) for this instance.
/// </summary>
public sealed class ApprovalCollector
{
    private readonly IGitHubClient _client;
    private readonly ConcurrentDictionary<(TeamName Team, string User), TeamMembershipState> _memberships = new();

    /// <summary>Creates a collector.</summary>
    /// <param name="client">The GitHub API.</param>
    public ApprovalCollector(IGitHubClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Collects the approvals for <paramref name="request"/>.</summary>
    /// <param name="request">The subject and the approver constraints.</param>
    /// <param name="cancellationToken">Cancels the API calls.</param>
    public async Task<ApprovalFacts> CollectAsync(ApprovalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var notes = new List<string>();
        var pull = await PullRequestLocator.FindAsync(_client, request, notes, cancellationToken).ConfigureAwait(false);
        if (pull is null)
        {
            return new ApprovalFacts(request.SubjectSha, null, [], [], notes);
        }

        var reviews = await _client.ListPullRequestReviewsAsync(request.Repository, pull.Number, cancellationToken).ConfigureAwait(false);
        var approvals = new List<GitHubApproval>();
        var ignored = new List<IgnoredReview>();
        foreach (var (reviewer, decision) in ReviewSelector.LatestDecisions(reviews))
        {
            if (decision.Ignored is { } skip)
            {
                ignored.Add(skip);
                continue;
            }

            var review = decision.Approval!;
            var why = Disqualify(request, pull, review);
            if (why is not null)
            {
                ignored.Add(why);
                continue;
            }

            var teams = await VerifiedTeamsAsync(request, reviewer, cancellationToken).ConfigureAwait(false);
            if (!IsEligible(request, reviewer, teams))
            {
                ignored.Add(new IgnoredReview(reviewer, IgnoredReviewReason.NotAMember,
                    $"{reviewer} approved but is not an active member of {Describe(request)}.", review.Id));
                continue;
            }

            approvals.Add(new GitHubApproval(reviewer, teams, review.CommitId ?? string.Empty, review.SubmittedAt, review.State, review.Id, review.HtmlUrl));
        }

        return new ApprovalFacts(request.SubjectSha, pull, approvals, ignored, notes);
    }

    private static IgnoredReview? Disqualify(ApprovalRequest request, PullRequestSummary pull, PullRequestReview review)
    {
        var who = review.Reviewer;
        IgnoredReview? result = null;
        if (request.ExcludeAuthor && Same(who, pull.Author))
        {
            result = new(who, IgnoredReviewReason.Author, $"{who} wrote pull request #{pull.Number}; the author's approval never counts.", review.Id);
        }
        else if (request.ExcludeDeployer && request.Deployers.Any(d => Same(d, who)))
        {
            result = new(who, IgnoredReviewReason.Deployer, $"{who} runs this deployment; the deployer's approval never counts.", review.Id);
        }
        else if (!request.AllowStale && !Same(review.CommitId, pull.HeadSha) && !Same(review.CommitId, request.SubjectSha))
        {
            result = new(who, IgnoredReviewReason.Stale,
                $"{who} approved commit {Short(review.CommitId ?? "?")}, not the pull request head {Short(pull.HeadSha)}; approve again after the last push.", review.Id);
        }

        return result;
    }

    private async Task<IReadOnlyList<TeamName>> VerifiedTeamsAsync(ApprovalRequest request, string reviewer, CancellationToken ct)
    {
        var verified = new List<TeamName>();
        foreach (var team in request.Teams.Distinct())
        {
            var key = (team, reviewer.ToLowerInvariant());
            if (!_memberships.TryGetValue(key, out var state))
            {
                state = await _client.GetTeamMembershipAsync(team, reviewer, ct).ConfigureAwait(false);
                _memberships[key] = state;
            }

            if (state == TeamMembershipState.Active)
            {
                verified.Add(team);
            }
        }

        return verified;
    }

    private static bool IsEligible(ApprovalRequest request, string reviewer, IReadOnlyList<TeamName> teams) =>
        (request.Teams.Count == 0 && request.Users.Count == 0)
        || teams.Count > 0
        || request.Users.Any(u => Same(u.TrimStart('@'), reviewer));

    private static string Describe(ApprovalRequest request) =>
        string.Join(" or ", request.Teams.Select(t => $"team {t}").Concat(request.Users.Select(u => $"user {u}")));

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
