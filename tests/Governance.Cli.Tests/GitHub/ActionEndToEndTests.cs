using Governance.Testing.Files;
using Governance.Testing.Git;
using Governance.Testing.GitHub;
using Xunit.Abstractions;

namespace Governance.Cli.Tests.GitHub;

/// <summary>
/// The composite action end to end: its steps run as the runner runs them, against a temporary repository whose
/// <c>origin</c> is a bare repository, a real push payload, and the fake GitHub API serving the PR that brought
/// the deployed commit in.
/// </summary>
public sealed class ActionEndToEndTests(ITestOutputHelper log)
{
    private const string PrHead = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";

    [Fact]
    public async Task Action_TwoTeamApprovals_AllowsWithOutputsAndSummary()
    {
        await using var world = await World.StartAsync("alice", "bob");

        var runner = world.Run();

        Assert.Equal(0, runner.ExitCode);
        Assert.Equal("allow", runner.Outputs["decision"]);
        Assert.Contains("### ✅ Allowed: `support-bot` → production", File.ReadAllText(runner.Outputs["summary-path"]), StringComparison.Ordinal);
        Assert.Contains("### ✅ Allowed", File.ReadAllText(world.Summary), StringComparison.Ordinal);
        Assert.DoesNotContain("::error", runner.Stdout, StringComparison.Ordinal);
        Assert.Equal(["dotnet", "tool", "install (test build's govern.dll)", "evaluate"], runner.Ran);
        world.AssertTokenOnlyMasked(runner);
    }

    [Fact]
    public async Task Action_OneApprovalAndAWeakenedWorkingTree_DeniesFromTheTrustedPolicy()
    {
        await using var world = await World.StartAsync("alice");

        var runner = world.Run();

        Assert.Equal(1, runner.ExitCode);
        Assert.Equal("deny", runner.Outputs["decision"]);
        Assert.Equal("", runner.Outputs["ledger-seq"]);
        Assert.Contains("::error title=gate/two-approvals%3A fail,file=policies/gate.yaml,line=6,col=7::1 of 2 required approvals", runner.Stdout, StringComparison.Ordinal);
        Assert.Contains("| `two-approvals` | approvals | enforce | ❌ fail |", File.ReadAllText(world.Summary), StringComparison.Ordinal);
        world.AssertTokenOnlyMasked(runner);
    }

    [Fact]
    public async Task Action_DenyWithFailOnDenyFalse_SucceedsWithDenyOutput()
    {
        await using var world = await World.StartAsync("alice");

        var runner = world.Run(("fail-on-deny", "false"));

        Assert.Equal(0, runner.ExitCode);
        Assert.Equal("deny", runner.Outputs["decision"]);
    }

    [Fact]
    public async Task Action_WithSigningKey_RecordsTheDecisionAndPushesTheLedgerToOrigin()
    {
        await using var world = await World.StartAsync(withRecorder: true, "alice", "bob");

        var runner = world.Run(("signing-key", world.RecorderPem!));

        Assert.Equal(0, runner.ExitCode);
        Assert.Equal("allow", runner.Outputs["decision"]);
        Assert.Equal("3", runner.Outputs["ledger-seq"]);
        Assert.Equal(world.OriginLedger(), runner.Outputs["ledger-commit"]);
        Assert.Equal(["dotnet", "tool", "install (test build's govern.dll)", "evaluate", "push"], runner.Ran);
        Assert.Contains("ledger entry 3", File.ReadAllText(world.Summary), StringComparison.Ordinal);
        Assert.DoesNotContain(runner.Stdout.Split('\n'), l => l.Contains("PRIVATE KEY", StringComparison.Ordinal) && !l.StartsWith("::add-mask::", StringComparison.Ordinal));
        // The action's govern stamped entries with the real clock; a verifier on the tests' fixed (earlier) clock would see future-time.
        var verified = Govern.RunOnSystemClock(world.Workspace, "audit", "verify");
        Assert.Equal(0, verified.Exit);
        var log = Govern.RunIn(world.Workspace, "audit", "log", "--format", "json").Output;
        Assert.Equal(2, log.Split('\n').Count(l => l.Contains("\"recordedFrom\":\"github\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Action_DenyWithSigningKey_StillRecordsAndPushesTheDecision()
    {
        await using var world = await World.StartAsync(withRecorder: true, "alice");

        var runner = world.Run(("signing-key", world.RecorderPem!));

        Assert.Equal(1, runner.ExitCode);
        Assert.Equal("deny", runner.Outputs["decision"]);
        Assert.Equal(world.OriginLedger(), runner.Outputs["ledger-commit"]);
        Assert.Contains("\"decision\":\"deny\"", Govern.RunIn(world.Workspace, "audit", "log", "--type", "decision.recorded", "--format", "json").Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The install-once path for real: a cold runner packs and installs the tool from the action's source and saves
    /// it to the (emulated) runner cache; a second, fresh runner restores it and builds nothing. Prints the set-up
    /// time of both (everything before the evaluate step; docs/benchmarks.md).
    /// </summary>
    [Fact]
    public async Task Action_ColdThenWarmRunner_BuildsOnceThenRestoresTheTool()
    {
        using var cache = new TempDirectory();
        await using var cold = await World.StartAsync("alice", "bob");
        cold.ToolCache = cache.Path;
        await using var warm = await World.StartAsync("alice", "bob");
        warm.ToolCache = cache.Path;

        var first = cold.Run();
        var second = warm.Run();

        Assert.True(first.ExitCode == 0, first.Stdout);
        Assert.Equal(["dotnet", "tool", "actions/cache/restore", "install", "actions/cache/save", "evaluate"], first.Ran);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("allow", second.Outputs["decision"]);
        Assert.Equal(["dotnet", "tool", "actions/cache/restore", "evaluate"], second.Ran);
        foreach (var (name, runner) in new[] { ("cold", first), ("warm", second) })
        {
            var setup = runner.Timings.TakeWhile(t => t.Step != "evaluate").Sum(t => t.Seconds);
            log.WriteLine($"{name}: set-up {setup:F1} s ({string.Join(", ", runner.Timings.Select(t => $"{t.Step} {t.Seconds:F1} s"))})");
        }
    }

    private sealed class World : IAsyncDisposable
    {
        private readonly TempDirectory _runner = new();
        private readonly TempGitRepository _origin = TempGitRepository.CreateBare();
        private readonly TempGitRepository _workspace;
        private readonly FakeGitHubServer _server;
        private readonly string _sha;

        private World(FakeGitHubServer server, bool withRecorder)
        {
            _server = server;
            using var recorder = withRecorder ? Governance.Ledger.Keys.KeyPair.Generate() : null;
            RecorderPem = recorder?.ExportPrivateKeyPem();
            using (var author = TempGitRepository.Create())
            {
                author.Git("branch", "-m", "master").EnsureSuccess("branch");
                File.WriteAllText(Path.Combine(author.Path, "README"), "models\n");
                Directory.CreateDirectory(Path.Combine(author.Path, "policies"));
                File.WriteAllText(Path.Combine(author.Path, "policies", "gate.yaml"), GitHubScenario.Policy);
                if (recorder is not null)
                {
                    Directory.CreateDirectory(Path.Combine(author.Path, ".governance"));
                    File.WriteAllText(Path.Combine(author.Path, ".governance", "allowed_signers"), Governance.Cli.Commands.Keys.KeysCommand.AllowedSignersLine("ci@acme.example", recorder.PublicKey) + "\n");
                    File.WriteAllText(Path.Combine(author.Path, ".governance", "principals.yaml"), "principals:\n  ci@acme.example: { recorder: true }\n");
                }

                author.Git("add", ".").EnsureSuccess("add");
                author.Git("commit", "-q", "-m", "policies").EnsureSuccess("commit");
                author.Git("push", "-q", _origin.Path, "master").EnsureSuccess("push");
            }

            _origin.Git("symbolic-ref", "HEAD", "refs/heads/master").EnsureSuccess("HEAD");
            _workspace = TempGitRepository.Clone(_origin);
            _sha = _workspace.Git("rev-parse", "HEAD").StdOut.Trim();
            // The working tree weakens the policy: the action must read origin/master instead.
            File.WriteAllText(Path.Combine(_workspace.Path, "policies", "gate.yaml"), GitHubScenario.Policy.Replace("min: 2", "min: 0", StringComparison.Ordinal));
        }

        public string Summary => Path.Combine(_runner.Path, "summary.md");

        public string? RecorderPem { get; }

        public string Workspace => _workspace.Path;

        public string OriginLedger() => _origin.GitOut("rev-parse", "refs/governance/ledger");

        public static Task<World> StartAsync(params string[] approvers) => StartAsync(false, approvers);

        public static async Task<World> StartAsync(bool withRecorder, params string[] approvers)
        {
            var world = new World(await FakeGitHubServer.StartAsync(), withRecorder);
            var server = world._server;
            server.OnGetJson($"/repos/Codertocat/Hello-World/commits/{world._sha}/pulls",
                $$"""[{"number":2,"state":"closed","user":{"login":"Codertocat"},"head":{"sha":"{{PrHead}}"},"merge_commit_sha":"{{world._sha}}","merged_at":"2026-11-21T00:00:00Z"}]""");
            server.OnGetJson(GitHubScenario.ReviewsPath, "[" + string.Join(",", approvers.Select((a, i) => GitHubScenario.ReviewJson(i + 1, a, "APPROVED", PrHead, 2))) + "]");
            server.OnGetJson("/orgs/Codertocat/teams/ml-governance", """{"id":1}""");
            foreach (var login in approvers)
            {
                server.OnGetJson($"/orgs/Codertocat/teams/ml-governance/memberships/{login}", """{"state":"active"}""");
            }

            return world;
        }

        /// <summary>Emulated runner cache directory; when set, the tool is really built (see <see cref="ActionRunner.ToolCache"/>).</summary>
        public string? ToolCache { get; set; }

        public ActionRunner Run(params (string Name, string Value)[] extra)
        {
            Directory.CreateDirectory(Path.Combine(_runner.Path, "temp"));
            File.WriteAllText(Summary, "");
            var env = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["GITHUB_ACTIONS"] = "true",
                ["GITHUB_WORKSPACE"] = _workspace.Path,
                ["GITHUB_ACTION_PATH"] = RepositoryRoot.Path,
                ["GITHUB_EVENT_NAME"] = "push",
                ["GITHUB_EVENT_PATH"] = GitHubScenario.Fixture("push.payload.json"),
                ["GITHUB_SHA"] = _sha,
                ["GITHUB_REPOSITORY"] = "Codertocat/Hello-World",
                ["GITHUB_ACTOR"] = "release-bot",
                ["GITHUB_API_URL"] = _server.BaseUrl.ToString(),
                ["GITHUB_SERVER_URL"] = "https://github.com",
                ["GITHUB_RUN_ID"] = "77",
                ["GITHUB_STEP_SUMMARY"] = Summary,
                ["RUNNER_TEMP"] = Path.Combine(_runner.Path, "temp"),
            };
            var inputs = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["policy"] = "policies",
                ["model"] = "support-bot",
                ["digest"] = Govern.Digest,
                ["environment"] = "production",
            };
            foreach (var (name, value) in extra)
            {
                inputs[name] = value;
            }

            var runner = new ActionRunner(CompositeAction.Load(), env, inputs, GitHubScenario.Token) { ToolCache = ToolCache };
            runner.Run();
            return runner;
        }

        public void AssertTokenOnlyMasked(ActionRunner runner)
        {
            var lines = runner.Stdout.Split('\n');
            Assert.Contains("::add-mask::" + GitHubScenario.Token, lines);
            Assert.DoesNotContain(lines, l => l.Contains(GitHubScenario.Token, StringComparison.Ordinal) && !l.StartsWith("::add-mask::", StringComparison.Ordinal));
            Assert.DoesNotContain(GitHubScenario.Token, File.ReadAllText(Summary), StringComparison.Ordinal);
        }

        public async ValueTask DisposeAsync()
        {
            await _server.DisposeAsync();
            _workspace.Dispose();
            _origin.Dispose();
            _runner.Dispose();
        }
    }
}
