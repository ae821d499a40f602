using Governance.Workflows.Hosting;
using System.Text.Json.Nodes;
using Governance.Testing.Builders;
using Governance.Testing.Files;
using Governance.Testing.Git;
using Governance.Testing.GitHub;
using Governance.Testing.Time;
using Governance.Testing.Trust;

namespace Governance.Cli.Tests.GitHub;

/// <summary>
/// The gate as a runner runs it: <c>origin</c> is a bare repository whose <c>main</c> holds the policy and the trusted
/// <c>.governance/</c> (ci recorder; alice@acme.example as alice-gh/alice; bob@acme.example as bob) and whose ledger holds
/// alice's and bob's approvals (statements signed by their person keys, ledger commits by the ci recorder key, as trust
/// v2 requires); <c>feature</c> is a pull request branch that adds its own person keys (m1, m2) and its own recorder
/// (mrec). The workspace is
/// checked out as actions/checkout does for a pull request: only the PR ref, shallow, no <c>origin/main</c>, no
/// <c>origin/HEAD</c>. <see cref="Run"/> calls <c>govern github action</c> with the <c>GITHUB_*</c> files and the
/// loopback GitHub API.
/// </summary>
internal sealed class GateWorld : IAsyncDisposable
{
    public const string Team = GitHubScenario.Team;

    private readonly TempDirectory _keys = new();
    private readonly TempDirectory _runner = new();
    private readonly TempGitRepository _origin = TempGitRepository.CreateBare();
    private readonly TempGitRepository _maintainer = TempGitRepository.Create();

    private GateWorld(FakeGitHubServer server, string[] ledgerApprovers)
    {
        Server = server;
        var signers = new[] { ("ci", "ci@acme.example", "recorder"), ("alice", "alice@acme.example", "person"), ("bob", "bob@acme.example", "person") }
            .Select(k => Generate(k.Item1, k.Item2, k.Item3));
        Write(_maintainer, "policies/gate.yaml", GitHubScenario.Policy);
        Write(_maintainer, ".governance/allowed_signers", string.Join('\n', signers) + "\n");
        Write(_maintainer, ".governance/principals.yaml", $$"""
            principals:
              ci@acme.example: { recorder: true }
              alice@acme.example: { teams: [{{Team}}], github: alice-gh, aliases: [alice] }
              bob@acme.example: { teams: [{{Team}}], github: bob }
            """);
        _maintainer.GitOut("add", ".");
        _maintainer.GitOut("-c", "user.email=alice@acme.example", "-c", "user.name=Alice", "commit", "-q", "-m", "policy and trust");
        MainSha = _maintainer.GitOut("rev-parse", "HEAD");
        foreach (var who in ledgerApprovers)
        {
            Approve(_maintainer.Path, who);
        }

        // The pull request: its own person keys, its own recorder and team memberships in .governance/, and a
        // weakened policy.
        _maintainer.GitOut("checkout", "-q", "-b", "feature");
        File.AppendAllText(Path.Combine(_maintainer.Path, ".governance", "allowed_signers"),
            Generate("m1", "m1@evil.example", "person") + "\n" + Generate("m2", "m2@evil.example", "person") + "\n" + Generate("mrec", "mrec@evil.example", "recorder") + "\n");
        File.AppendAllText(Path.Combine(_maintainer.Path, ".governance", "principals.yaml"),
            $"\n  m1@evil.example: {{ teams: [{Team}] }}\n  m2@evil.example: {{ teams: [{Team}] }}\n  mrec@evil.example: {{ recorder: true }}\n");
        Write(_maintainer, "policies/gate.yaml", GitHubScenario.Policy.Replace("min: 2", "min: 1", StringComparison.Ordinal));
        _maintainer.GitOut("commit", "-q", "-am", "feature");
        FeatureSha = _maintainer.GitOut("rev-parse", "HEAD");
        _maintainer.GitOut("push", "-q", OriginUrl, "main", "feature", "+refs/governance/*:refs/governance/*");

        // actions/checkout for a pull request: the PR ref only, depth 1, no origin/main, no origin/HEAD.
        Workspace = TempGitRepository.Create(withInitialCommit: false);
        Workspace.GitOut("remote", "add", "origin", OriginUrl);
        Workspace.GitOut("fetch", "-q", "--depth=1", "origin", "+refs/heads/feature:refs/remotes/pull/2/merge");
        Workspace.GitOut("checkout", "-q", "--detach", "refs/remotes/pull/2/merge");
        Workspace.GitOut("fetch", "-q", "origin", "+refs/governance/*:refs/governance/*");
        Assert.False(Workspace.Git("rev-parse", "--verify", "-q", "refs/remotes/origin/HEAD").ExitCode == 0);
        Assert.False(HasOriginMain);
        Server.On("GET", GitHubScenario.ReviewsPath, _ => FakeResponse.Json("[" + string.Join(",", Reviews) + "]"));
        Server.OnGetJson("/orgs/Codertocat/teams/ml-governance", """{"id":1,"slug":"ml-governance"}""");
        Directory.CreateDirectory(Path.Combine(_runner.Path, "temp"));
        Env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = Workspace.Path,
            ["GITHUB_EVENT_NAME"] = "pull_request",
            ["GITHUB_EVENT_PATH"] = Event("pull_request.opened.payload.json", FeatureSha),
            ["GITHUB_SHA"] = FeatureSha,
            ["GITHUB_REPOSITORY"] = "Codertocat/Hello-World",
            ["GITHUB_ACTOR"] = "release-bot",
            ["GITHUB_API_URL"] = server.BaseUrl.ToString(),
            ["GITHUB_TOKEN"] = GitHubScenario.Token,
            ["GITHUB_RUN_ID"] = "77",
            ["GITHUB_OUTPUT"] = _runner.Write("output", ""),
            ["GITHUB_STEP_SUMMARY"] = _runner.Write("summary.md", ""),
            ["RUNNER_TEMP"] = Path.Combine(_runner.Path, "temp"),
            ["GOVERNANCE_POLICY"] = "policies",
            ["GOVERNANCE_MODEL"] = "support-bot",
            ["GOVERNANCE_DIGEST"] = Govern.Digest,
            ["GOVERNANCE_ENVIRONMENT"] = "production",
        };
    }

    public FakeGitHubServer Server { get; }

    public TempGitRepository Workspace { get; }

    public string MainSha { get; }

    public string FeatureSha { get; }

    public List<string> Reviews { get; } = [];

    public Dictionary<string, string> Env { get; }

    public string OriginUrl => "file://" + _origin.Path;

    public bool HasOriginMain => Workspace.Git("rev-parse", "--verify", "-q", "refs/remotes/origin/main").ExitCode == 0;

    public string Summary => File.ReadAllText(Env["GITHUB_STEP_SUMMARY"]);

    public string Outputs => File.ReadAllText(Env["GITHUB_OUTPUT"]);

    public static async Task<GateWorld> StartAsync(params string[] ledgerApprovers) => new(await FakeGitHubServer.StartAsync(), ledgerApprovers);

    public string Key(string who) => Path.Combine(_keys.Path, who + ".pem");

    /// <summary>
    /// An approval of the subject whose statement <paramref name="who"/>'s person key signs, appended to the ledger of
    /// <paramref name="repository"/> in a commit signed by <paramref name="recorder"/>'s recorder key.
    /// </summary>
    public void Approve(string repository, string who, string recorder = "ci")
    {
        var result = Govern.RunIn(repository, "approve", "--model", "support-bot", "--digest", Govern.Digest, "--key", Key(who), "--recorder-key", Key(recorder));
        Assert.True(result.Exit == 0, $"approve by {who} exited {result.Exit}: {result.Error}");
    }

    public GateWorld Review(string login, string state, int hoursAgo, params string[] teamMembers)
    {
        Reviews.Add(GitHubScenario.ReviewJson(Reviews.Count + 100, login, state, FeatureSha, hoursAgo));
        foreach (var member in teamMembers.Append(login).Distinct())
        {
            Server.OnGetJson($"/orgs/Codertocat/teams/ml-governance/memberships/{member}", """{"role":"member","state":"active"}""");
        }

        return this;
    }

    /// <summary>A real payload fixture with the head commit and default branch of this world.</summary>
    public string Event(string fixture, string sha)
    {
        var json = JsonNode.Parse(File.ReadAllText(GitHubScenario.Fixture(fixture)))!;
        json["repository"]!["default_branch"] = "main";
        if (json["pull_request"] is { } pr)
        {
            pr["head"]!["sha"] = sha;
            pr["user"]!["login"] = "mallory";
        }

        if (json["after"] is not null)
        {
            json["after"] = sha;
        }

        return _runner.Write(Path.GetFileName(fixture), json.ToJsonString());
    }

    public GovernResult Run()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new HostContext(output, error, Env, Workspace.Path, new FixedClock(Some.Now));
        var exit = GovernApp.Run(["github", "action"], context);
        return new GovernResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Fails the test unless the run denied (exit 1, decision=deny) or gave no decision (exit 2): never allow.</summary>
    public void AssertNeverAllowed(GovernResult result)
    {
        Assert.True(result.Exit is 1 or 2, $"exit {result.Exit}: {result.Output}{result.Error}");
        Assert.DoesNotContain("ALLOW", result.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"decision(=|<<\S+\s*\n)allow", Outputs);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Workspace.Dispose();
        _maintainer.Dispose();
        _origin.Dispose();
        _runner.Dispose();
        _keys.Dispose();
    }

    private string Generate(string file, string principal, string role) => TestKey.Generate(Key(file), principal, recorder: role == "recorder");

    private static void Write(TempGitRepository repo, string relative, string content)
    {
        var path = Path.Combine(repo.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
