using Governance.Testing.GitHub;

namespace Governance.Cli.Tests.GitHub;

public sealed class GitHubEvidenceTests
{
    [Fact]
    public async Task Check_TwoMembersApproveHead_AllowsWithGitHubEvidence()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Review("alice").Review("bob").Member("alice", "bob");

        var result = github.Run(GitHubScenario.Check("--format", "json"));

        Assert.Equal(0, result.Exit);
        Assert.Contains("pullrequestreview-100", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"commit\": \"" + GitHubScenario.Head + "\"", result.Output, StringComparison.Ordinal);
        github.AssertTokenNeverShown(result);
    }

    [Fact]
    public async Task Check_StaleDismissedSelfNonMemberAndDuplicate_CountsOnlyOne()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Review("alice", commit: GitHubScenario.Old)                    // stale: an older commit
            .Review("bob", "DISMISSED")                                       // GitHub turns a dismissed approval's state to DISMISSED
            .Review("Codertocat")                                             // the PR author
            .Review("eve")                                                    // not in the team
            .Review("carol", hoursAgo: 3).Review("carol", hoursAgo: 1)      // one person, two approvals
            .Member("alice", "bob", "Codertocat", "carol");
        github.Server.On("GET", "/orgs/Codertocat/teams/ml-governance/memberships/eve", FakeResponse.Error(404, "Not Found"));

        var result = github.Run(GitHubScenario.Check("--explain"));

        Assert.Equal(1, result.Exit);
        Assert.Contains("1 of 2 required approvals from team Codertocat/ml-governance: carol; 1 more needed", result.Output, StringComparison.Ordinal);
        Assert.Contains("not the author Codertocat", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_StaleApprovalWithAllowStale_Counts()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Directory.Write("policies/gate.yaml", GitHubScenario.Policy.Replace("min: 2", "min: 2\n        allowStale: true", StringComparison.Ordinal));
        github.Review("alice", commit: GitHubScenario.Old).Review("carol").Member("alice", "carol");

        Assert.Equal(0, github.Run(GitHubScenario.Check()).Exit);
    }

    [Fact]
    public async Task Check_DeployerApproved_DoesNotCount()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Review("alice").Review("deployer-dan").Member("alice", "deployer-dan");

        var result = github.Run(GitHubScenario.Check());

        Assert.Equal(1, result.Exit);
        Assert.Contains("not the deployer deployer-dan", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ReviewsOnTwoPages_CountsBoth()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Member("alice", "bob");
        var next = $"<{github.Server.BaseUrl}repos/Codertocat/Hello-World/pulls/2/reviews?page=2&per_page=100>; rel=\"next\"";
        github.Server.On("GET", GitHubScenario.ReviewsPath, r => r.Query.Contains("page=2", StringComparison.Ordinal)
            ? FakeResponse.Json($"[{GitHubScenario.ReviewJson(2, "bob", "APPROVED", GitHubScenario.Head, 1)}]")
            : FakeResponse.Json($"[{GitHubScenario.ReviewJson(1, "alice", "APPROVED", GitHubScenario.Head, 1)}]").WithHeader("Link", next));

        var result = github.Run(GitHubScenario.Check());

        Assert.Equal(0, result.Exit);
        Assert.Equal(2, github.Server.RequestsTo("GET", GitHubScenario.ReviewsPath).Count);
    }

    [Fact]
    public async Task Check_GhesApiUrl_CallsThePrefixedApi()
    {
        await using var github = await GitHubScenario.StartAsync(prefix: "/api/v3");
        github.Review("alice").Review("bob").Member("alice", "bob");

        var result = github.Run(GitHubScenario.Check());

        Assert.Equal(0, result.Exit);
        Assert.EndsWith("/api/v3/", github.Env["GITHUB_API_URL"], StringComparison.Ordinal);
        Assert.NotEmpty(github.Server.RequestsTo("GET", GitHubScenario.ReviewsPath));
    }

    [Fact]
    public async Task Check_RateLimitedOnce_WaitsRetriesAndAllows()
    {
        await using var github = await GitHubScenario.StartAsync();
        var time = new AutoAdvancingTimeProvider(Testing.Builders.Some.Now);
        github.Time = time;
        github.Member("alice", "bob");
        var reviews = $"[{GitHubScenario.ReviewJson(1, "alice", "APPROVED", GitHubScenario.Head, 1)},{GitHubScenario.ReviewJson(2, "bob", "APPROVED", GitHubScenario.Head, 1)}]";
        github.Server.On("GET", GitHubScenario.ReviewsPath, FakeResponse.TooManyRequests(7), FakeResponse.Json(reviews));

        var result = github.Run(GitHubScenario.Check());

        Assert.Equal(0, result.Exit);
        Assert.Contains(TimeSpan.FromSeconds(7), time.Waits);
    }

    [Fact]
    public async Task Check_RateLimitExhausted_ExitsTwoWithoutShowingTheToken()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Time = new AutoAdvancingTimeProvider(Testing.Builders.Some.Now);
        var reset = Testing.Builders.Some.Now.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        github.Server.On("GET", GitHubScenario.ReviewsPath, FakeResponse.Error(403, "API rate limit exceeded for installation.")
            .WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", reset));

        var result = github.OnActions().Run(GitHubScenario.Check());

        Assert.Equal(2, result.Exit);
        Assert.Contains("rate limit", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("::add-mask::" + GitHubScenario.Token, result.Output, StringComparison.Ordinal);
        github.AssertTokenNeverShown(result);
    }

    [Fact]
    public async Task Check_TeamHiddenFromToken_ExitsTwoAskingForReadOrg()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Review("alice").Review("bob");
        github.Server.On("GET", "/orgs/Codertocat/teams/ml-governance", FakeResponse.Error(404, "Not Found"));

        var result = github.Run(GitHubScenario.Check());

        Assert.Equal(2, result.Exit);
        Assert.Contains("read:org", result.Error, StringComparison.Ordinal);
        github.AssertTokenNeverShown(result);
    }

    [Fact]
    public async Task Check_GitHubWithoutEvent_WarnsAndDenies()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Env.Remove("GITHUB_EVENT_PATH");

        var result = github.Run(GitHubScenario.Check());

        Assert.Equal(1, result.Exit);
        Assert.Contains("warning: --github: not running in GitHub Actions", result.Error, StringComparison.Ordinal);
        Assert.Empty(github.Server.Requests);
    }

    [Fact]
    public async Task Check_WithoutGitHubSwitch_MakesNoRequests()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Review("alice").Review("bob").Member("alice", "bob");

        var result = github.Run([.. GitHubScenario.Check().Where(a => a != "--github")]);

        Assert.Equal(1, result.Exit);
        Assert.Empty(github.Server.Requests);
    }
}
