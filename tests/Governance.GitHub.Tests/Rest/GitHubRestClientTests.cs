using System.Text.Json;
using Governance.GitHub.Deployments;
using Governance.GitHub.Reviews;
using Governance.GitHub.Rest;
using Governance.GitHub.Statuses;
using Governance.GitHub.Tests.Support;
using Governance.Testing.GitHub;

namespace Governance.GitHub.Tests.Rest;

public sealed class GitHubRestClientTests
{
    private static readonly RepositoryName Repo = new("octo-org", "models");
    private const string ReviewsPath = "/repos/octo-org/models/pulls/7/reviews";

    [Fact]
    public async Task ListPullRequestReviewsAsync_ThreePagesViaLink_ReturnsEveryReviewInOrder()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, request =>
        {
            var page = request.Query.Contains("page=3") ? 3 : request.Query.Contains("page=2") ? 2 : 1;
            var body = page == 1
                ? Payloads.Array(Payloads.Review(10, "user1", "APPROVED", "abc"), Payloads.Review(11, "user1b", "COMMENTED", "abc"))
                : Payloads.Array(Payloads.Review(page * 10, $"user{page}", "APPROVED", "abc"));
            var next = new Uri(server.BaseUrl, $"repos/octo-org/models/pulls/7/reviews?per_page=100&page={page + 1}");
            var last = new Uri(server.BaseUrl, "repos/octo-org/models/pulls/7/reviews?per_page=100&page=3");
            return page < 3 ? FakeResponse.Json(body).WithHeader("Link", $"<{next}>; rel=\"next\", <{last}>; rel=\"last\"") : FakeResponse.Json(body);
        });
        using var client = new TestClient(server);

        var reviews = await client.Client.ListPullRequestReviewsAsync(Repo, 7);

        Assert.Equal(new long[] { 10, 11, 20, 30 }, reviews.Select(r => r.Id));
        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("per_page=100", server.Requests[0].Query);
        Assert.Equal(ReviewState.Approved, reviews[0].State);
        Assert.Equal(ReviewState.Commented, reviews[1].State);
        Assert.Equal("user1", reviews[0].Reviewer);
        Assert.Equal(Payloads.T0, reviews[0].SubmittedAt);
    }

    [Fact]
    public async Task Requests_Always_CarryGitHubHeadersAndBearerToken()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.OnGetJson(ReviewsPath, "[]");
        using var client = new TestClient(server);

        await client.Client.ListPullRequestReviewsAsync(Repo, 7);

        var request = Assert.Single(server.Requests);
        Assert.Equal("application/vnd.github+json", request.Header("Accept"));
        Assert.Equal("2022-11-28", request.Header("X-GitHub-Api-Version"));
        Assert.Equal("governance-tests", request.Header("User-Agent"));
        Assert.Equal($"Bearer {TestClient.Token}", request.Header("Authorization"));
    }

    [Fact]
    public async Task ListPullRequestReviewsAsync_GhesApiRoot_KeepsApiV3Prefix()
    {
        await using var server = await FakeGitHubServer.StartAsync("/api/v3");
        server.OnGetJson(ReviewsPath, Payloads.Array(Payloads.Review(1, "alice", "APPROVED", "abc")));
        using var http = new HttpClient();
        var baseUrl = server.BaseUrl.AbsoluteUri.TrimEnd('/'); // as GITHUB_API_URL is given: no trailing slash
        var client = new GitHubRestClient(http, GitHubClientOptions.Create(baseUrl, "t"));

        var reviews = await client.ListPullRequestReviewsAsync(Repo, 7);

        Assert.Single(reviews);
        Assert.EndsWith("/api/v3", baseUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoApiUrl_UsesPublicGitHub()
    {
        Assert.Equal(new Uri("https://api.github.com/"), GitHubClientOptions.Create(null, null).ApiUrl);
        Assert.Equal(new Uri("https://api.github.com/"), GitHubClientOptions.Create("  ", "x").ApiUrl);
    }

    [Fact]
    public async Task ListPullRequestReviewsAsync_NextLinkToAnotherHost_RefusesToSendToken()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, FakeResponse.Json("[]").WithHeader("Link", "<https://evil.example/steal?page=2>; rel=\"next\""));
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.InvalidResponse, ex.Kind);
        Assert.Contains("outside the API host", ex.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ListPullRequestReviewsAsync_NextLinkLoopsToSamePage_StopsWithInvalidResponse()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, _ => FakeResponse.Json("[]")
            .WithHeader("Link", $"<{server.BaseUrl}repos/octo-org/models/pulls/7/reviews?per_page=100>; rel=\"next\""));
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.InvalidResponse, ex.Kind);
        Assert.Contains("looped", ex.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ListPullRequestsForCommitAsync_MergedPullRequest_MapsHeadAuthorAndMergeCommit()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.OnGetJson("/repos/octo-org/models/commits/m1/pulls", Payloads.Array(Payloads.PullRequest(7, "h1", "carol", mergeCommit: "m1")));
        using var client = new TestClient(server);

        var pull = Assert.Single(await client.Client.ListPullRequestsForCommitAsync(Repo, "m1"));

        Assert.Equal(new PullRequestSummary(7, "closed", "h1", "carol", "m1", new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero), "https://github.com/o/r/pull/7"), pull);
    }

    [Fact]
    public async Task GetPullRequestAsync_OpenPullRequest_MapsHeadAndAuthor()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.OnGetJson("/repos/octo-org/models/pulls/104", Payloads.PullRequest(104, "h9", "dana", state: "open"));
        using var client = new TestClient(server);

        var pull = await client.Client.GetPullRequestAsync(Repo, 104);

        Assert.Equal(new PullRequestSummary(104, "open", "h9", "dana", null, null, "https://github.com/o/r/pull/104"), pull);
    }

    [Fact]
    public async Task CreateCommitStatusAsync_LongDescription_PostsContextAndShortenedDescription()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("POST", "/repos/octo-org/models/statuses/abc123", FakeResponse.Json("""{"id":1,"state":"failure","context":"governance/prod"}""", 201));
        using var client = new TestClient(server);
        var status = CommitStatus.ForPolicy("production-llm", CommitStatusState.Failure, new string('x', 200) + "\nmore", "https://ci/run/1");

        await client.Client.CreateCommitStatusAsync(Repo, "abc123", status);

        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.Equal("failure", body.RootElement.GetProperty("state").GetString());
        Assert.Equal("governance/production-llm", body.RootElement.GetProperty("context").GetString());
        Assert.Equal("https://ci/run/1", body.RootElement.GetProperty("target_url").GetString());
        var description = body.RootElement.GetProperty("description").GetString()!;
        Assert.Equal(140, description.Length);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewDeploymentProtectionRuleAsync_Approved_PostsEnvironmentStateAndComment()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("POST", "/repos/octo-org/models/actions/runs/4242/deployment_protection_rule", FakeResponse.Json(string.Empty, 204));
        using var client = new TestClient(server);

        await client.Client.ReviewDeploymentProtectionRuleAsync(Repo, 4242, new ProtectionRuleReview("production", ProtectionRuleState.Approved, "policy production-llm: allow"));

        Assert.Equal(
            """{"environment_name":"production","state":"approved","comment":"policy production-llm: allow"}""",
            Assert.Single(server.Requests).Body);
    }

    [Fact]
    public async Task ListRunApprovalsAsync_OneApproval_MapsEnvironmentsAndReviewer()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.OnGetJson("/repos/octo-org/models/actions/runs/9/approvals", """
            [{"environments":[{"id":161088068,"name":"staging"}],"state":"approved","comment":"Ship it!","user":{"login":"octocat"}}]
            """);
        using var client = new TestClient(server);

        var approval = Assert.Single(await client.Client.ListRunApprovalsAsync(Repo, 9));

        Assert.Equal(["staging"], approval.Environments);
        Assert.True(approval.IsApproved);
        Assert.Equal("octocat", approval.Reviewer);
        Assert.Equal("Ship it!", approval.Comment);
    }

    [Fact]
    public async Task GetCollaboratorPermissionAsync_Write_CanWrite()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.OnGetJson("/repos/octo-org/models/collaborators/alice/permission", """{"permission":"write","role_name":"maintain","user":{"login":"alice"}}""");
        using var client = new TestClient(server);

        var access = await client.Client.GetCollaboratorPermissionAsync(Repo, "alice");

        Assert.NotNull(access);
        Assert.True(access.CanWrite);
        Assert.Equal("maintain", access.RoleName);
        Assert.Null(await client.Client.GetCollaboratorPermissionAsync(Repo, "nobody"));
    }
}
