using Governance.GitHub.Deployments;
using Governance.GitHub.Rest;
using Governance.GitHub.Statuses;
using Governance.GitHub.Teams;
using Governance.GitHub.Tests.Support;
using Governance.Testing.GitHub;

namespace Governance.GitHub.Tests.Rest;

public sealed class GitHubRestClientErrorTests
{
    private static readonly RepositoryName Repo = new("octo-org", "models");
    private static readonly TeamName Team = new("octo-org", "ml-governance");

    [Fact]
    public async Task Send_401_SaysCheckTheToken()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", "/repos/octo-org/models/pulls/7/reviews", FakeResponse.Error(401, "Bad credentials"));
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.Unauthorized, ex.Kind);
        Assert.Contains("GitHub says \"Bad credentials\"", ex.Message);
        Assert.Contains("github-token", ex.Message);
        Assert.Equal("GET /repos/octo-org/models/pulls/7/reviews", ex.Request);
    }

    [Fact]
    public async Task CreateCommitStatusAsync_403_NamesStatusesWritePermission()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("POST", "/repos/octo-org/models/statuses/abc", FakeResponse.Error(403, "Resource not accessible by integration"));
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() =>
            client.Client.CreateCommitStatusAsync(Repo, "abc", CommitStatus.ForPolicy("p", CommitStatusState.Success, "ok")));

        Assert.Equal(GitHubErrorKind.Forbidden, ex.Kind);
        Assert.Contains("statuses: write", ex.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ListPullRequestReviewsAsync_404_ExplainsHiddenPrivateRepositories()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.NotFound, ex.Kind);
        Assert.Contains("can see the repository", ex.Message);
    }

    [Fact]
    public async Task ReviewDeploymentProtectionRuleAsync_403_SaysOnlyTheOwningAppCanReview()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("POST", "/repos/octo-org/models/actions/runs/1/deployment_protection_rule", FakeResponse.Error(403, "Forbidden"));
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() =>
            client.Client.ReviewDeploymentProtectionRuleAsync(Repo, 1, new ProtectionRuleReview("prod", ProtectionRuleState.Rejected, "no")));

        Assert.Contains("installation token", ex.Message);
    }

    [Theory]
    [InlineData("active", TeamMembershipState.Active)]
    [InlineData("pending", TeamMembershipState.Pending)]
    public async Task GetTeamMembershipAsync_Member_ReturnsState(string state, TeamMembershipState expected)
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.OnGetJson("/orgs/octo-org/teams/ml-governance/memberships/alice", Payloads.Membership(state));
        using var client = new TestClient(server);

        Assert.Equal(expected, await client.Client.GetTeamMembershipAsync(Team, "alice"));
    }

    [Fact]
    public async Task GetTeamMembershipAsync_404ForVisibleTeam_ReturnsNotMember()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.OnGetJson("/orgs/octo-org/teams/ml-governance", """{"id":1,"slug":"ml-governance","name":"ML governance"}""");
        using var client = new TestClient(server);

        Assert.Equal(TeamMembershipState.NotMember, await client.Client.GetTeamMembershipAsync(Team, "mallory"));
    }

    [Fact]
    public async Task GetTeamMembershipAsync_TeamInvisibleToToken_ThrowsReadOrgAdvice()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.GetTeamMembershipAsync(Team, "alice"));

        Assert.Equal(GitHubErrorKind.NotFound, ex.Kind);
        Assert.Contains("read:org", ex.Message);
        Assert.Contains("the default GITHUB_TOKEN cannot read it", ex.Message);
        Assert.Contains("octo-org/ml-governance", ex.Message);
    }

    [Fact]
    public async Task GetTeamMembershipAsync_403_ThrowsReadOrgAdvice()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", "/orgs/octo-org/teams/ml-governance/memberships/alice", FakeResponse.Error(403, "Resource not accessible by integration"));
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.GetTeamMembershipAsync(Team, "alice"));

        Assert.Equal(GitHubErrorKind.Forbidden, ex.Kind);
        Assert.Contains("team membership needs a token with read:org", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(422)]
    [InlineData(500)]
    [InlineData(429)]
    public async Task Errors_GitHubEchoesToken_TokenNeverInMessageOrToString(int status)
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", "/repos/octo-org/models/pulls/7/reviews", FakeResponse.Error(status, $"token {TestClient.Token} is bad").WithHeader("Retry-After", "3600"));
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7));

        Assert.DoesNotContain(TestClient.Token, ex.Message);
        Assert.DoesNotContain(TestClient.Token, ex.ToString());
        Assert.DoesNotContain(TestClient.Token, client.Options.ToString());
        Assert.DoesNotContain(TestClient.Token, client.Client.ToString() ?? string.Empty);
    }
}
