using Governance.GitHub.Comments;
using Governance.GitHub.Deployments;
using Governance.GitHub.Reviews;
using Governance.GitHub.Statuses;
using Governance.GitHub.Teams;

namespace Governance.GitHub.Rest;

/// <summary>
/// The GitHub REST calls Governance makes. <see cref="GitHubRestClient"/> implements it on HttpClient; another
/// implementation (e.g. over Octokit) can slot in here. Failures throw <see cref="GitHubApiException"/>.
/// </summary>
public interface IGitHubClient
{
    /// <summary>Every review of a pull request, oldest first, across all pages.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="pullNumber">The pull request number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<PullRequestReview>> ListPullRequestReviewsAsync(RepositoryName repository, int pullNumber, CancellationToken cancellationToken = default);

    /// <summary>One pull request.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="pullNumber">The pull request number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<PullRequestSummary> GetPullRequestAsync(RepositoryName repository, int pullNumber, CancellationToken cancellationToken = default);

    /// <summary>The pull requests associated with a commit (its head, or its merge/squash commit).</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="commitSha">The commit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<PullRequestSummary>> ListPullRequestsForCommitAsync(RepositoryName repository, string commitSha, CancellationToken cancellationToken = default);

    /// <summary>
    /// A user's membership of a team. Needs a token with <c>read:org</c>; when the token cannot see the team,
    /// throws rather than answering "not a member".
    /// </summary>
    /// <param name="team">The team.</param>
    /// <param name="user">The user's login.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<TeamMembershipState> GetTeamMembershipAsync(TeamName team, string user, CancellationToken cancellationToken = default);

    /// <summary>A user's permission on the repository, or null when GitHub does not know the user.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="user">The user's login.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<CollaboratorAccess?> GetCollaboratorPermissionAsync(RepositoryName repository, string user, CancellationToken cancellationToken = default);

    /// <summary>Posts a commit status.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="commitSha">The commit.</param>
    /// <param name="status">The status; its description is shortened to 140 characters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task CreateCommitStatusAsync(RepositoryName repository, string commitSha, CommitStatus status, CancellationToken cancellationToken = default);

    /// <summary>Every comment on an issue or pull request conversation, oldest first, across all pages.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="issueNumber">The issue or pull request number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<IssueComment>> ListIssueCommentsAsync(RepositoryName repository, int issueNumber, CancellationToken cancellationToken = default);

    /// <summary>Adds a comment to an issue or pull request conversation.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="issueNumber">The issue or pull request number.</param>
    /// <param name="body">The Markdown body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IssueComment> CreateIssueCommentAsync(RepositoryName repository, int issueNumber, string body, CancellationToken cancellationToken = default);

    /// <summary>Replaces the body of an existing comment.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="commentId">The comment id.</param>
    /// <param name="body">The new Markdown body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IssueComment> UpdateIssueCommentAsync(RepositoryName repository, long commentId, string body, CancellationToken cancellationToken = default);

    /// <summary>The environment reviews (who approved or rejected, when) of a workflow run.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="runId">The workflow run id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<RunApproval>> ListRunApprovalsAsync(RepositoryName repository, long runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approves or rejects a deployment held by this app's custom deployment protection rule. Needs the
    /// installation token of the GitHub App that owns the rule.
    /// </summary>
    /// <param name="repository">The repository.</param>
    /// <param name="runId">The workflow run id (from the event's <c>deployment_callback_url</c>).</param>
    /// <param name="review">The verdict.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ReviewDeploymentProtectionRuleAsync(RepositoryName repository, long runId, ProtectionRuleReview review, CancellationToken cancellationToken = default);
}
