using System.Text.Json;
using Governance.Testing.GitHub;

namespace Governance.Cli.Tests.GitHub;

public sealed class ProtectionRuleTests
{
    private const string Deployed = "9f1c0a1d2b3c4d5e6f708192a3b4c5d6e7f80912";
    private const string PrHead = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
    private const string Callback = "/repos/octo-org/models/actions/runs/1234567890/deployment_protection_rule";

    [Fact]
    public async Task ProtectionRule_ApprovedOnTheMergedPrHead_PostsApproved()
    {
        await using var github = await Serve("alice", "bob");

        var result = github.Run(Args(github));

        Assert.Equal(0, result.Exit);
        using var body = JsonDocument.Parse(github.Server.RequestsTo("POST", Callback).Single().Body);
        Assert.Equal("approved", body.RootElement.GetProperty("state").GetString());
        Assert.Equal("production", body.RootElement.GetProperty("environment_name").GetString());
        github.AssertTokenNeverShown(result);
    }

    [Fact]
    public async Task ProtectionRule_DeploymentCreatorApproved_PostsRejectedWithWhatIsMissing()
    {
        await using var github = await Serve("alice", "release-bot");

        var result = github.Run(Args(github));

        Assert.Equal(1, result.Exit);
        using var body = JsonDocument.Parse(github.Server.RequestsTo("POST", Callback).Single().Body);
        Assert.Equal("rejected", body.RootElement.GetProperty("state").GetString());
        Assert.Contains("1 more approval", body.RootElement.GetProperty("comment").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProtectionRule_NotAProtectionRulePayload_ExitsTwoWithoutPosting()
    {
        await using var github = await Serve("alice", "bob");

        var result = github.Run([.. Args(github)[..^2], "--event", GitHubScenario.Fixture("push.payload.json")]);

        Assert.Equal(2, result.Exit);
        Assert.Empty(github.Server.RequestsTo("POST", Callback));
    }

    private static string[] Args(GitHubScenario github) =>
        ["github", "protection-rule", "--policy", "policies", "--model", "support-bot", "--digest", Govern.Digest, "--no-record",
            "--event", GitHubScenario.Fixture("deployment_protection_rule.requested.synthetic.json")];

    private static async Task<GitHubScenario> Serve(params string[] approvers)
    {
        var github = await GitHubScenario.StartAsync();
        github.Env.Remove("GITHUB_EVENT_PATH");
        github.Directory.Write("policies/gate.yaml", GitHubScenario.Policy.Replace("Codertocat/", "octo-org/", StringComparison.Ordinal));
        github.Server.OnGetJson($"/repos/octo-org/models/commits/{Deployed}/pulls",
            $$"""[{"number":42,"state":"closed","user":{"login":"carol"},"head":{"sha":"{{PrHead}}"},"merge_commit_sha":"{{Deployed}}","merged_at":"2026-11-21T00:00:00Z"}]""");
        github.Server.OnGetJson("/repos/octo-org/models/pulls/42/reviews",
            "[" + string.Join(",", approvers.Select((a, i) => GitHubScenario.ReviewJson(i + 1, a, "APPROVED", PrHead, 2))) + "]");
        github.Server.OnGetJson("/orgs/octo-org/teams/ml-governance", """{"id":1}""");
        foreach (var login in approvers)
        {
            github.Server.OnGetJson($"/orgs/octo-org/teams/ml-governance/memberships/{login}", """{"state":"active"}""");
        }

        github.Server.On("POST", Callback, FakeResponse.Json("", 204));
        return github;
    }
}
