using System.Text.Json;
using Governance.GitHub.Comments;
using Governance.GitHub.Deployments;
using Governance.GitHub.Reviews;
using Governance.GitHub.Statuses;
using Governance.GitHub.Teams;

namespace Governance.GitHub.Rest;

/// <summary>
/// <see cref="IGitHubClient"/> over <see cref="HttpClient"/> with source-generated JSON, <c>Link</c> pagination,
/// bounded retries and actionable errors. Honours GHES API roots such as <c>https://ghe.example/api/v3</c>.
/// </summary>
public sealed class GitHubRestClient : IGitHubClient
{
    private const string PullsHint = "Reading pull requests needs a token with pull-requests: read (and contents: read for private repositories).";
    private const string StatusHint = "Posting a commit status needs statuses: write in the workflow's permissions.";
    private const string CommentHint = "Writing the pull request comment needs pull-requests: write (or issues: write) in the workflow's permissions.";
    private const string ApprovalsHint = "Reading a run's environment approvals needs actions: read.";
    private const string PermissionHint = "Reading a collaborator's permission needs a token with push access to the repository.";
    private const string ProtectionRuleHint =
        "Only the GitHub App that owns the custom deployment protection rule can review it: use that app's installation " +
        "token (Actions: read, Deployments: read and write), not GITHUB_TOKEN.";

    /// <summary>What team-membership failures tell the user.</summary>
    public const string ReadOrgHint =
        "Team membership needs a token with read:org (or a GitHub App with Organization > Members: read); " +
        "the default GITHUB_TOKEN cannot read it.";

    private readonly GitHubConnection _connection;
    private readonly int _maxPages;

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client (owned by the caller).</param>
    /// <param name="options">API root, token, timeouts and retry limits.</param>
    /// <param name="timeProvider">The clock for retry waits; <see cref="TimeProvider.System"/> when null.</param>
    public GitHubRestClient(HttpClient httpClient, GitHubClientOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _connection = new GitHubConnection(httpClient, options, timeProvider ?? TimeProvider.System);
        _maxPages = options.MaxPages;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PullRequestReview>> ListPullRequestReviewsAsync(RepositoryName repository, int pullNumber, CancellationToken cancellationToken = default)
    {
        var wire = await _connection.GetAllPagesAsync(
            $"{Repo(repository)}/pulls/{pullNumber}/reviews", GitHubJsonContext.Default.ReviewWireArray, PullsHint, _maxPages, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(r => new PullRequestReview(
            r.Id, r.User?.Login ?? string.Empty, PullRequestReview.ParseState(r.State), r.CommitId, r.SubmittedAt, r.HtmlUrl));
    }

    /// <inheritdoc />
    public async Task<PullRequestSummary> GetPullRequestAsync(RepositoryName repository, int pullNumber, CancellationToken cancellationToken = default)
    {
        var wire = await _connection.SendAsync(
            Get($"{Repo(repository)}/pulls/{pullNumber}", PullsHint), GitHubJsonContext.Default.PullRequestWire, cancellationToken).ConfigureAwait(false);
        return ToSummary(wire);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PullRequestSummary>> ListPullRequestsForCommitAsync(RepositoryName repository, string commitSha, CancellationToken cancellationToken = default)
    {
        var wire = await _connection.GetAllPagesAsync(
            $"{Repo(repository)}/commits/{Seg(commitSha)}/pulls", GitHubJsonContext.Default.PullRequestWireArray, PullsHint, _maxPages, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(ToSummary);
    }

    /// <inheritdoc />
    public async Task<TeamMembershipState> GetTeamMembershipAsync(TeamName team, string user, CancellationToken cancellationToken = default)
    {
        var teamPath = $"orgs/{Seg(team.Organization)}/teams/{Seg(team.Slug)}";
        var response = await _connection.SendAsync(Get($"{teamPath}/memberships/{Seg(user)}", ReadOrgHint), allowedStatus: 404, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == 404)
        {
            // 404 means "not a member" only if this token can see the team at all.
            var teamRequest = Get(teamPath, ReadOrgHint);
            var teamResponse = await _connection.SendAsync(teamRequest, allowedStatus: 404, cancellationToken).ConfigureAwait(false);
            if (teamResponse.StatusCode == 404)
            {
                throw new GitHubApiException(GitHubErrorKind.NotFound, 404, teamRequest.Display,
                    $"Cannot check whether {user} is in team {team}: GitHub does not show that team to this token " +
                    $"(404 for {teamRequest.Display}). Check the team name. {ReadOrgHint}");
            }

            return TeamMembershipState.NotMember;
        }

        var membership = JsonSerializer.Deserialize(response.Body, GitHubJsonContext.Default.TeamMembershipWire);
        return string.Equals(membership?.State, "active", StringComparison.OrdinalIgnoreCase)
            ? TeamMembershipState.Active
            : TeamMembershipState.Pending;
    }

    /// <inheritdoc />
    public async Task<CollaboratorAccess?> GetCollaboratorPermissionAsync(RepositoryName repository, string user, CancellationToken cancellationToken = default)
    {
        var request = Get($"{Repo(repository)}/collaborators/{Seg(user)}/permission", PermissionHint);
        var response = await _connection.SendAsync(request, allowedStatus: 404, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == 404)
        {
            return null;
        }

        var wire = JsonSerializer.Deserialize(response.Body, GitHubJsonContext.Default.PermissionWire);
        return new CollaboratorAccess(wire?.Permission ?? "none", wire?.RoleName);
    }

    /// <inheritdoc />
    public async Task CreateCommitStatusAsync(RepositoryName repository, string commitSha, CommitStatus status, CancellationToken cancellationToken = default)
    {
        var body = new CommitStatusRequestWire(
            status.State.ToString().ToLowerInvariant(), status.TargetUrl, CommitStatus.Shorten(status.Description), status.Context);
        var json = JsonSerializer.SerializeToUtf8Bytes(body, GitHubJsonContext.Default.CommitStatusRequestWire);
        var request = new GitHubRequest(HttpMethod.Post, _connection.Resolve($"{Repo(repository)}/statuses/{Seg(commitSha)}"), json, StatusHint)
        {
            Idempotent = true,
        };
        await _connection.SendAsync(request, allowedStatus: null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IssueComment>> ListIssueCommentsAsync(RepositoryName repository, int issueNumber, CancellationToken cancellationToken = default)
    {
        var wire = await _connection.GetAllPagesAsync(
            $"{Repo(repository)}/issues/{issueNumber}/comments", GitHubJsonContext.Default.IssueCommentWireArray, CommentHint, _maxPages, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(ToComment);
    }

    /// <inheritdoc />
    public Task<IssueComment> CreateIssueCommentAsync(RepositoryName repository, int issueNumber, string body, CancellationToken cancellationToken = default) =>
        SendCommentAsync(HttpMethod.Post, $"{Repo(repository)}/issues/{issueNumber}/comments", body, cancellationToken);

    /// <inheritdoc />
    public Task<IssueComment> UpdateIssueCommentAsync(RepositoryName repository, long commentId, string body, CancellationToken cancellationToken = default) =>
        SendCommentAsync(HttpMethod.Patch, $"{Repo(repository)}/issues/comments/{commentId}", body, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<RunApproval>> ListRunApprovalsAsync(RepositoryName repository, long runId, CancellationToken cancellationToken = default)
    {
        var wire = await _connection.GetAllPagesAsync(
            $"{Repo(repository)}/actions/runs/{runId}/approvals", GitHubJsonContext.Default.RunApprovalWireArray, ApprovalsHint, _maxPages, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(a => new RunApproval(
            (a.Environments ?? []).Select(e => e.Name ?? string.Empty).ToArray(), a.State ?? "unknown", a.Comment, a.User?.Login ?? string.Empty));
    }

    /// <inheritdoc />
    public async Task ReviewDeploymentProtectionRuleAsync(RepositoryName repository, long runId, ProtectionRuleReview review, CancellationToken cancellationToken = default)
    {
        var comment = review.Comment.Length <= ProtectionRuleReview.MaxCommentLength
            ? review.Comment
            : string.Concat(review.Comment.AsSpan(0, ProtectionRuleReview.MaxCommentLength - 1), "…");
        var body = new ProtectionRuleReviewWire(review.EnvironmentName, review.State.ToString().ToLowerInvariant(), comment);
        var json = JsonSerializer.SerializeToUtf8Bytes(body, GitHubJsonContext.Default.ProtectionRuleReviewWire);
        var uri = _connection.Resolve($"{Repo(repository)}/actions/runs/{runId}/deployment_protection_rule");
        await _connection.SendAsync(new GitHubRequest(HttpMethod.Post, uri, json, ProtectionRuleHint), allowedStatus: null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IssueComment> SendCommentAsync(HttpMethod method, string path, string body, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new CommentBodyWire(body), GitHubJsonContext.Default.CommentBodyWire);
        var request = new GitHubRequest(method, _connection.Resolve(path), json, CommentHint);
        var wire = await _connection.SendAsync(request, GitHubJsonContext.Default.IssueCommentWire, cancellationToken).ConfigureAwait(false);
        return ToComment(wire);
    }

    private GitHubRequest Get(string path, string hint) => new(HttpMethod.Get, _connection.Resolve(path), JsonBody: null, hint);

    private static PullRequestSummary ToSummary(PullRequestWire p) =>
        new(p.Number, p.State ?? "unknown", p.Head?.Sha ?? string.Empty, p.User?.Login ?? string.Empty, p.MergeCommitSha, p.MergedAt, p.HtmlUrl);

    private static IssueComment ToComment(IssueCommentWire c) => new(c.Id, c.Body ?? string.Empty, c.HtmlUrl, c.User?.Login);

    private static string Repo(RepositoryName repository) => $"repos/{Seg(repository.Owner)}/{Seg(repository.Name)}";

    private static string Seg(string value) => Uri.EscapeDataString(value);
}
