using Governance.Testing.GitHub;

namespace Governance.Cli.Tests.GitHub;

/// <summary>
/// Issue 11, run as Actions runs the gate (no origin/HEAD, only the PR ref checked out, GITHUB_* files, loopback
/// GitHub): the change being gated cannot steer the decision. Every attack ends in deny or exit 2, never allow.
/// </summary>
public sealed class GateSteeringTests
{
    [Fact]
    public async Task Action_LegitimateLedgerApprovals_FetchesTheDefaultBranchAndAllows()
    {
        await using var world = await GateWorld.StartAsync("alice", "bob");

        var result = world.Run();

        Assert.Equal(0, result.Exit);
        Assert.True(world.HasOriginMain, "the gate fetches origin/main when the checkout lacks it");
        Assert.Contains("decision", world.Outputs, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mrec")]
    [InlineData("ci")]
    public async Task Action_BranchAddsKeysTeamsAndLedgerApprovals_TrustsOriginMainNotHead(string recorder)
    {
        // m1 and m2 sign their statements; the commits come from the PR's own recorder, or from the real ci recorder
        // relaying them. Both writes pass the writer's check under the PR tree's trust.
        await using var world = await GateWorld.StartAsync();
        world.Approve(world.Workspace.Path, "m1", recorder);
        world.Approve(world.Workspace.Path, "m2", recorder);

        var result = world.Run();

        // origin/main knows neither m1/m2 (statements) nor mrec (commits): the ledger read fails as untrusted-signer.
        world.AssertNeverAllowed(result);
        Assert.Contains("the ledger failed verification at entry 1 (untrusted-signer)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_BranchAddsKeysTeamsAndLedgerApprovals_AllowedOnlyWhenTrustingThePullRequestRef()
    {
        // Control for the attack above: the same ledger allows when the gate is pointed at the PR's own tree, so the
        // deny there comes from trusting origin/main, not from a broken setup.
        await using var world = await GateWorld.StartAsync();
        world.Approve(world.Workspace.Path, "m1", "mrec");
        world.Approve(world.Workspace.Path, "m2", "mrec");
        world.Env["GOVERNANCE_TRUST_REF"] = "refs/remotes/pull/2/merge";
        world.Env["GOVERNANCE_POLICY_REF"] = "refs/remotes/pull/2/merge";

        var result = world.Run();

        Assert.True(result.Exit == 0, $"exit {result.Exit}: {result.Output}{result.Error}");
    }

    [Fact]
    public async Task Action_TrustedRefCannotBeFetched_ExitsTwoSayingHowToFixTheCheckout()
    {
        await using var world = await GateWorld.StartAsync("alice", "bob");
        world.Workspace.GitOut("remote", "set-url", "origin", "file:///nonexistent/governance-origin.git");

        var result = world.Run();

        Assert.Equal(2, result.Exit);
        Assert.Contains("origin/main", result.Error, StringComparison.Ordinal);
        Assert.Contains("fetch-depth", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_TrustRefInput_OverridesTheDefaultBranch()
    {
        await using var world = await GateWorld.StartAsync("alice", "bob");
        world.Env["GOVERNANCE_TRUST_REF"] = "origin/no-such-branch";

        var result = world.Run();

        Assert.Equal(2, result.Exit);
        Assert.Contains("origin/no-such-branch", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_UnsignedEvidenceFileApprovals_DenyByDefault()
    {
        await using var world = await GateWorld.StartAsync();
        File.WriteAllText(Path.Combine(world.Workspace.Path, "evidence.json"), $$"""
            {"approvals":[
              {"approver":"carol","teams":["{{GateWorld.Team}}"],"digest":"{{Govern.Digest}}","time":"2026-11-22T08:00:00Z","state":"approved"},
              {"approver":"dan","teams":["{{GateWorld.Team}}"],"digest":"{{Govern.Digest}}","time":"2026-11-22T08:00:00Z","state":"approved"}]}
            """);
        world.Env["GOVERNANCE_EVIDENCE"] = "evidence.json";

        var result = world.Run();

        world.AssertNeverAllowed(result);
        Assert.Contains("0 of 2 required approvals", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_RequireSignedFalse_IsPrintedInTheSummaryAndTextOutput()
    {
        await using var world = await GateWorld.StartAsync("alice");
        world.Env["GOVERNANCE_REQUIRE_SIGNED"] = "false";

        var result = world.Run();

        Assert.Contains("require-signed is false", result.Output, StringComparison.Ordinal);
        Assert.Contains("require-signed is false", world.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_EvidenceFileDeployer_NeverReplacesTheGitHubActor()
    {
        await using var world = await GateWorld.StartAsync("alice", "bob");
        world.Env["GITHUB_ACTOR"] = "bob";
        File.WriteAllText(Path.Combine(world.Workspace.Path, "ctx.json"), """{"context":{"deployer":"nobody","author":"nobody"}}""");
        world.Env["GOVERNANCE_EVIDENCE"] = "ctx.json";

        var result = world.Run();

        world.AssertNeverAllowed(result);
        Assert.Contains("1 of 2 required approvals", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_GitHubLoginReviewAndSignedPrincipal_CountAsOneApprover()
    {
        await using var world = await GateWorld.StartAsync("alice");
        world.Review("alice-gh", "APPROVED", hoursAgo: 2);

        var result = world.Run();

        world.AssertNeverAllowed(result);
        Assert.Contains("1 of 2 required approvals", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_GitHubReviewerWithoutPrincipal_IsReported()
    {
        await using var world = await GateWorld.StartAsync("alice");
        world.Review("zed", "APPROVED", hoursAgo: 2);

        var result = world.Run();

        Assert.Contains("GitHub reviewer zed maps to no principal", result.Output, StringComparison.Ordinal);
        Assert.Contains("GitHub reviewer zed maps to no principal", world.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_LatestReviewDismissed_CancelsTheEarlierApproval()
    {
        await using var world = await GateWorld.StartAsync("alice");
        world.Review("bob", "APPROVED", hoursAgo: 3).Review("bob", "DISMISSED", hoursAgo: 2);

        var result = world.Run();

        world.AssertNeverAllowed(result);
        Assert.Contains("1 of 2 required approvals", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_PushWithNoPullRequestFound_CommitAuthorsApprovalDoesNotCount()
    {
        await using var world = await GateWorld.StartAsync("alice", "bob");
        world.Workspace.GitOut("fetch", "-q", "--depth=1", "origin", "+refs/heads/main:refs/remotes/origin/main");
        world.Workspace.GitOut("checkout", "-q", "--detach", world.MainSha);
        world.Env["GITHUB_EVENT_NAME"] = "push";
        world.Env["GITHUB_EVENT_PATH"] = world.Event("push.payload.json", world.MainSha);
        world.Env["GITHUB_SHA"] = world.MainSha;
        world.Server.OnGetJson($"/repos/Codertocat/Hello-World/commits/{world.MainSha}/pulls", "[]");

        var result = world.Run();

        world.AssertNeverAllowed(result);
        Assert.Contains("1 of 2 required approvals", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Action_RolledBackLedgerWithTrustedCheckpointInput_ExitsTwo(bool asText)
    {
        await using var world = await GateWorld.StartAsync("alice", "bob");
        var checkpoint = Govern.RunIn(world.Workspace.Path, "audit", "checkpoint").Output;
        Assert.Contains("\n", checkpoint, StringComparison.Ordinal);
        world.Workspace.GitOut("update-ref", "refs/governance/ledger", "refs/governance/ledger~1");
        File.WriteAllText(Path.Combine(world.Workspace.Path, "..", Path.GetFileName(world.Workspace.Path) + ".checkpoint"), checkpoint);
        world.Env["GOVERNANCE_TRUSTED_CHECKPOINT"] = asText ? checkpoint : Path.Combine("..", Path.GetFileName(world.Workspace.Path) + ".checkpoint");

        var result = world.Run();

        Assert.Equal(2, result.Exit);
        Assert.Contains("the ledger failed verification", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_SarifJsonAndExplainInputs_WriteReportsThatSayAsOf()
    {
        await using var world = await GateWorld.StartAsync("alice");
        var sarif = Path.Combine(world.Env["RUNNER_TEMP"], "gate.sarif");
        var json = Path.Combine(world.Env["RUNNER_TEMP"], "gate.json");
        world.Env["GOVERNANCE_SARIF_PATH"] = sarif;
        world.Env["GOVERNANCE_JSON_PATH"] = json;
        world.Env["GOVERNANCE_EXPLAIN"] = "true";

        var result = world.Run();

        world.AssertNeverAllowed(result);
        Assert.Contains("\"asOf\"", File.ReadAllText(sarif), StringComparison.Ordinal);
        Assert.Contains("\"decision\": \"deny\"", File.ReadAllText(json), StringComparison.Ordinal);
        Assert.Contains("alice@acme.example: counts", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_EvidenceFileTimeBeforeTheApprovals_IsIgnoredByTheGate()
    {
        await using var world = await GateWorld.StartAsync("alice", "bob");
        File.WriteAllText(Path.Combine(world.Workspace.Path, "clock.json"), """{"context":{"time":"2026-01-01T00:00:00Z"}}""");
        world.Env["GOVERNANCE_EVIDENCE"] = "clock.json";

        var result = world.Run();

        Assert.Equal(0, result.Exit);
        Assert.Contains("context.time (2026-01-01T00:00:00Z) is ignored", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("as of 2026-01-01", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GOVERNANCE_REQUIRE_SIGNED", "no", "require-signed")]
    [InlineData("GOVERNANCE_EXPLAIN", "yes", "explain")]
    public async Task Action_InvalidFlagInput_ExitsTwoNamingTheInput(string variable, string value, string input)
    {
        await using var world = await GateWorld.StartAsync("alice", "bob");
        world.Env[variable] = value;

        var result = world.Run();

        Assert.Equal(2, result.Exit);
        Assert.Contains($"input {input}: '{value}' is not true or false", result.Error, StringComparison.Ordinal);
    }
}
