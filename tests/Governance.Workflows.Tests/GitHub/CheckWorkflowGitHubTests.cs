using System.Globalization;
using Governance.Core.Decisions;
using Governance.Testing.Builders;
using Governance.Testing.Files;
using Governance.Testing.GitHub;
using Governance.Testing.Time;
using Governance.Workflows.Check;
using Governance.Workflows.GitHub;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Tests.GitHub;

public sealed class CheckWorkflowGitHubTests
{
    private const string Head = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
    private const string Old = "0123456789012345678901234567890123456789";
    private const string ReviewsPath = "/repos/Codertocat/Hello-World/pulls/2/reviews";

    private const string Policy = """
        apiVersion: governance/v1
        kind: DeploymentPolicy
        metadata: { name: gate }
        spec:
          rules:
            - id: two-approvals
              approvals: { min: 2, from: { teams: ["Codertocat/ml-governance"] } }
        """;

    [Fact]
    public async Task RunAsync_TwoTeamApprovalsOnHead_AllowsAndReturnsTheRunAsAValueWithoutPublishing()
    {
        await using var server = await Server(Review(100, "alice", Head), Review(101, "bob", Head));
        using var directory = new TempDirectory();

        var result = await new CheckWorkflow(Context(directory, server)).RunAsync(Options(), CancellationToken.None);

        Assert.Equal(Verdict.Allow, result.Decision.Verdict);
        var run = Assert.IsType<Governance.GitHub.Evidence.GitHubRun>(result.GitHubRun);
        Assert.Equal(Head, run.SubjectSha);
        Assert.Equal(2, run.PullRequestNumber);
        // Statuses, comments and protection-rule answers are the host's, after it has rendered the report.
        Assert.DoesNotContain(server.Requests, r => r.Method != "GET");
    }

    [Fact]
    public async Task RunAsync_ApprovalOfAnOlderCommit_DoesNotCountAndDenies()
    {
        // bob approved before the last push: what he saw is not what is gated.
        await using var server = await Server(Review(100, "alice", Head), Review(101, "bob", Old));
        using var directory = new TempDirectory();

        var result = await new CheckWorkflow(Context(directory, server)).RunAsync(Options(), CancellationToken.None);

        Assert.Equal(Verdict.Deny, result.Decision.Verdict);
        Assert.Contains(result.GitHubRun!.Facts!.Approvals, a => a.Reviewer == "bob" && a.CommitSha == Old);
    }

    [Fact]
    public async Task RunAsync_GitHubAnswersWithAnError_NoDecisionNamingGitHub()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", ReviewsPath, FakeResponse.Error(500, "boom"));
        using var directory = new TempDirectory();

        var failed = await Assert.ThrowsAsync<WorkflowException>(() => new CheckWorkflow(Context(directory, server)).RunAsync(Options(), CancellationToken.None));

        Assert.StartsWith("GitHub: ", failed.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NoDecision, failed.ExitCode);
    }

    private static CheckOptions Options() => new()
    {
        Policies = ["policies"],
        Model = "support-bot",
        Digest = "sha256:" + new string('a', 64),
        Environment = "production",
        NoRecord = true,
        GitHub = true,
    };

    private static async Task<FakeGitHubServer> Server(params string[] reviews)
    {
        var server = await FakeGitHubServer.StartAsync();
        server.OnGetJson(ReviewsPath, "[" + string.Join(",", reviews) + "]");
        server.OnGetJson("/orgs/Codertocat/teams/ml-governance", """{"id":1,"slug":"ml-governance"}""");
        foreach (var login in new[] { "alice", "bob" })
        {
            server.OnGetJson($"/orgs/Codertocat/teams/ml-governance/memberships/{login}", """{"role":"member","state":"active"}""");
        }

        return server;
    }

    private static HostContext Context(TempDirectory directory, FakeGitHubServer server)
    {
        directory.Write("policies/gate.yaml", Policy);
        var fixture = RepositoryRoot.Combine("tests", "Governance.GitHub.Tests", "Fixtures", "github-events", "pull_request.opened.payload.json");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GITHUB_EVENT_NAME"] = "pull_request",
            ["GITHUB_EVENT_PATH"] = directory.Write("event.json", File.ReadAllText(fixture)),
            ["GITHUB_API_URL"] = server.BaseUrl.ToString(),
            ["GITHUB_TOKEN"] = "ghs_TopSecretToken0123456789abcdefABCDEF",
            ["GITHUB_REPOSITORY"] = "Codertocat/Hello-World",
            ["GITHUB_ACTOR"] = "deployer-dan",
        };
        return new HostContext(new StringWriter(), new StringWriter(), environment, directory.Path, new FixedClock(Some.Now));
    }

    private static string Review(long id, string login, string commit) =>
        $$"""
        {"id":{{id}},"user":{"login":"{{login}}"},"state":"APPROVED","commit_id":"{{commit}}",
         "submitted_at":"{{(Some.Now - TimeSpan.FromHours(2)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}",
         "html_url":"https://github.com/Codertocat/Hello-World/pull/2#pullrequestreview-{{id}}"}
        """;
}
