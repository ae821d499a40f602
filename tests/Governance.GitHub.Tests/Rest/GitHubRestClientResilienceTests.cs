using System.Diagnostics;
using System.Globalization;
using Governance.GitHub.Comments;
using Governance.GitHub.Rest;
using Governance.GitHub.Tests.Support;
using Governance.Testing.GitHub;

namespace Governance.GitHub.Tests.Rest;

public sealed class GitHubRestClientResilienceTests
{
    private static readonly RepositoryName Repo = new("octo-org", "models");
    private const string ReviewsPath = "/repos/octo-org/models/pulls/7/reviews";

    [Fact]
    public async Task Send_429WithRetryAfterThenOk_WaitsRetryAfterAndSucceeds()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, FakeResponse.TooManyRequests(1), FakeResponse.Json("[]"));
        var time = new AutoAdvancingTimeProvider();
        using var client = new TestClient(server, time);

        var reviews = await client.Client.ListPullRequestReviewsAsync(Repo, 7);

        Assert.Empty(reviews);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1)], time.Waits);
    }

    [Fact]
    public async Task Send_RealClock429RetryAfterOneSecond_SucceedsAfterAboutOneSecond()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, FakeResponse.TooManyRequests(1), FakeResponse.Json("[]"));
        using var client = new TestClient(server, TimeProvider.System);
        var watch = Stopwatch.StartNew();

        await client.Client.ListPullRequestReviewsAsync(Repo, 7);

        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Send_403PrimaryRateLimitResettingSoon_WaitsUntilResetThenSucceeds()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        var time = new AutoAdvancingTimeProvider();
        var reset = time.GetUtcNow().AddSeconds(20).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        server.On("GET", ReviewsPath,
            FakeResponse.Error(403, "API rate limit exceeded for installation.").WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", reset),
            FakeResponse.Json("[]"));
        using var client = new TestClient(server, time);

        await client.Client.ListPullRequestReviewsAsync(Repo, 7);

        Assert.Equal([TimeSpan.FromSeconds(21)], time.Waits);
    }

    [Fact]
    public async Task Send_403SecondaryRateLimitWithRetryAfter_WaitsAndSucceeds()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath,
            FakeResponse.Error(403, "You have exceeded a secondary rate limit.").WithHeader("Retry-After", "5"),
            FakeResponse.Json("[]"));
        var time = new AutoAdvancingTimeProvider();
        using var client = new TestClient(server, time);

        await client.Client.ListPullRequestReviewsAsync(Repo, 7);

        Assert.Equal([TimeSpan.FromSeconds(5)], time.Waits);
    }

    [Fact]
    public async Task Send_RateLimitResettingInAnHour_FailsAtOnceSayingWhen()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        var time = new AutoAdvancingTimeProvider();
        var reset = time.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        server.On("GET", ReviewsPath,
            FakeResponse.Error(403, "API rate limit exceeded").WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", reset));
        using var client = new TestClient(server, time);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.RateLimited, ex.Kind);
        Assert.Equal(403, ex.StatusCode);
        Assert.Contains("rate limit exhausted", ex.Message);
        Assert.Contains("resets at 2025-01-01 01:00:00Z (in 60 min)", ex.Message);
        Assert.Empty(time.Waits);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Send_429Forever_GivesUpWithinBudget()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, FakeResponse.TooManyRequests(50));
        var time = new AutoAdvancingTimeProvider();
        using var client = new TestClient(server, time, o => new GitHubClientOptions
        {
            ApiUrl = o.ApiUrl, Token = o.Token, MaxAttempts = 10, RetryBudget = TimeSpan.FromSeconds(120),
        });

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.RateLimited, ex.Kind);
        Assert.Equal(429, ex.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(50)], time.Waits);
        Assert.Contains("after 3 attempts", ex.Message);
    }

    [Fact]
    public async Task Send_ServerErrorsThenOk_BacksOffExponentiallyAndSucceeds()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, FakeResponse.Error(502, "Bad gateway"), FakeResponse.Error(503, "Unavailable"), FakeResponse.Json("[]"));
        var time = new AutoAdvancingTimeProvider();
        using var client = new TestClient(server, time);

        await client.Client.ListPullRequestReviewsAsync(Repo, 7);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], time.Waits);
    }

    [Fact]
    public async Task Send_ServerErrorForever_ThrowsServerErrorAfterMaxAttempts()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, FakeResponse.Error(500, "boom"));
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.ServerError, ex.Kind);
        Assert.Equal(4, server.Requests.Count);
        Assert.Contains("githubstatus.com", ex.Message);
    }

    [Fact]
    public async Task CreateIssueCommentAsync_ServerError_IsNotRetriedToAvoidDuplicates()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("POST", "/repos/octo-org/models/issues/7/comments", FakeResponse.Error(502, "Bad gateway"));
        using var client = new TestClient(server);

        await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.CreateIssueCommentAsync(Repo, 7, "hi"));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Send_ServerNeverAnswers_TimesOutWithinBoundedTime()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, FakeResponse.Json("[]").After(TimeSpan.FromSeconds(30)));
        using var client = new TestClient(server, configure: o => new GitHubClientOptions
        {
            ApiUrl = o.ApiUrl, Token = o.Token, RequestTimeout = TimeSpan.FromMilliseconds(300), MaxAttempts = 2,
        });
        var watch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.Timeout, ex.Kind);
        Assert.Contains("did not answer", ex.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        // The client gives up on the second attempt after 300 ms; on a loaded machine the server may not have read that
        // request yet, so wait (bounded) for it to be recorded before counting.
        for (var waited = Stopwatch.StartNew(); server.Requests.Count < 2 && waited.Elapsed < TimeSpan.FromSeconds(5);)
        {
            await Task.Delay(20);
        }

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Send_CallerCancels_ThrowsOperationCanceled()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, FakeResponse.Json("[]").After(TimeSpan.FromSeconds(30)));
        using var client = new TestClient(server);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Client.ListPullRequestReviewsAsync(Repo, 7, cts.Token));
    }

    [Fact]
    public async Task Send_Unreachable_ThrowsNetworkError()
    {
        var server = await FakeGitHubServer.StartAsync();
        var url = server.BaseUrl;
        await server.DisposeAsync();
        using var http = new HttpClient();
        var client = new GitHubRestClient(http, new GitHubClientOptions { ApiUrl = url, Token = TestClient.Token, MaxAttempts = 2 }, new AutoAdvancingTimeProvider());

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.ListIssueCommentsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.Network, ex.Kind);
        Assert.Contains("Could not reach GitHub", ex.Message);
    }

    [Fact]
    public async Task ListIssueCommentsAsync_GitHubReturnsGarbage_ThrowsInvalidResponse()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.OnGetJson("/repos/octo-org/models/issues/7/comments", "<html>proxy login</html>");
        using var client = new TestClient(server);

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => client.Client.ListIssueCommentsAsync(Repo, 7));

        Assert.Equal(GitHubErrorKind.InvalidResponse, ex.Kind);
    }

    [Fact]
    public async Task Comments_InterfaceIsUsable_WithIssueComment()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("PATCH", "/repos/octo-org/models/issues/comments/5", FakeResponse.Json(Payloads.Comment(5, "new")));
        using var client = new TestClient(server);

        IssueComment updated = await client.Client.UpdateIssueCommentAsync(Repo, 5, "new");

        Assert.Equal("new", updated.Body);
    }
}
