using System.Text.Json;
using Governance.Testing.GitHub;
using Governance.Testing.Snapshots;

namespace Governance.Cli.Tests.GitHub;

public sealed class PullRequestModeTests
{
    private const string StatusPath = "/repos/Codertocat/Hello-World/statuses/" + GitHubScenario.Head;
    private const string CommentsPath = "/repos/Codertocat/Hello-World/issues/2/comments";

    [Fact]
    public async Task PullRequest_ApprovalsMissing_SetsPendingStatusAndCreatesComment()
    {
        await using var github = await Serve(existingComment: null);
        github.OnActions().Review("alice").Review("eve").Review("bob", commit: GitHubScenario.Old).Member("alice", "bob");
        github.Server.On("GET", "/orgs/Codertocat/teams/ml-governance/memberships/eve", FakeResponse.Error(404, "Not Found"));

        var result = github.Run(GitHubScenario.Check("--pull-request"));

        Assert.Equal(1, result.Exit);
        using var status = JsonDocument.Parse(github.Server.RequestsTo("POST", StatusPath).Single().Body);
        Assert.Equal("pending", status.RootElement.GetProperty("state").GetString());
        Assert.Equal("governance/gate", status.RootElement.GetProperty("context").GetString());
        Assert.Equal("0 of 1 rules satisfied; missing: two-approvals", status.RootElement.GetProperty("description").GetString());
        Assert.Equal("https://github.com/Codertocat/Hello-World/actions/runs/4242", status.RootElement.GetProperty("target_url").GetString());
        using var comment = JsonDocument.Parse(github.Server.RequestsTo("POST", CommentsPath).Single().Body);
        Snapshot.Verify(comment.RootElement.GetProperty("body").GetString()!, "md");
        github.AssertTokenNeverShown(result);
    }

    [Fact]
    public async Task PullRequest_SecondRun_EditsTheSameComment()
    {
        var marker = "<!-- governance:sticky support-bot/production -->";
        await using var github = await Serve(existingComment: $"{marker}\nold text");
        github.Review("alice").Review("bob").Member("alice", "bob");

        var result = github.Run(GitHubScenario.Check("--pull-request"));

        Assert.Equal(0, result.Exit);
        Assert.Empty(github.Server.RequestsTo("POST", CommentsPath));
        var edit = github.Server.RequestsTo("PATCH", "/repos/Codertocat/Hello-World/issues/comments/77").Single();
        Assert.Contains("ready to deploy", edit.Body, StringComparison.Ordinal);
        using var status = JsonDocument.Parse(github.Server.RequestsTo("POST", StatusPath).Single().Body);
        Assert.Equal("success", status.RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task PullRequest_ReviewEventByTheReviewer_CountsTheirApproval()
    {
        // On pull_request_review, GITHUB_ACTOR is the reviewer; in pull-request mode nobody is a deployer.
        await using var github = await Serve(existingComment: null, eventName: "pull_request_review", fixture: "pull_request_review.submitted.payload.json");
        github.Env["GITHUB_ACTOR"] = "alice";
        github.Review("alice").Review("bob").Member("alice", "bob");

        Assert.Equal(0, github.Run(GitHubScenario.Check("--pull-request")).Exit);
    }

    private static async Task<GitHubScenario> Serve(string? existingComment, string eventName = "pull_request", string fixture = "pull_request.opened.payload.json")
    {
        var github = await GitHubScenario.StartAsync(eventName, fixture);
        github.Server.On("POST", StatusPath, FakeResponse.Json("{}", 201));
        var existing = existingComment is null ? "[]" : $"[{{\"id\":77,\"body\":{JsonSerializer.Serialize(existingComment)},\"user\":{{\"login\":\"github-actions[bot]\"}}}}]";
        github.Server.OnGetJson(CommentsPath, existing);
        github.Server.On("POST", CommentsPath, FakeResponse.Json("""{"id":78,"body":"x","html_url":"https://github.com/Codertocat/Hello-World/pull/2#issuecomment-78"}""", 201));
        github.Server.On("PATCH", "/repos/Codertocat/Hello-World/issues/comments/77", FakeResponse.Json("""{"id":77,"body":"x"}"""));
        return github;
    }
}
