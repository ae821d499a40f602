using Governance.Workflows.Hosting;
using System.Globalization;
using Governance.Testing.Builders;
using Governance.Testing.Files;
using Governance.Testing.GitHub;
using Governance.Testing.Time;

namespace Governance.Cli.Tests.GitHub;

/// <summary>
/// A check run against the fake GitHub API: a real event payload, a policy asking two approvals from
/// Codertocat/ml-governance, reviews and memberships served on loopback, and the runner's files.
/// </summary>
internal sealed class GitHubScenario : IAsyncDisposable
{
    public const string Token = "ghs_TopSecretToken0123456789abcdefABCDEF";
    public const string Head = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
    public const string Old = "0123456789012345678901234567890123456789";
    public const string Team = "Codertocat/ml-governance";
    public const string ReviewsPath = "/repos/Codertocat/Hello-World/pulls/2/reviews";

    public const string Policy = """
        apiVersion: governance/v1
        kind: DeploymentPolicy
        metadata: { name: gate }
        spec:
          rules:
            - id: two-approvals
              approvals:
                min: 2
                from: { teams: ["Codertocat/ml-governance"] }
        """;

    private readonly List<string> _reviews = [];

    private GitHubScenario(FakeGitHubServer server, TempDirectory directory, string eventName, string fixture)
    {
        Server = server;
        Directory = directory;
        directory.Write("policies/gate.yaml", Policy);
        var eventPath = directory.Write("event.json", File.ReadAllText(Fixture(fixture)));
        System.IO.Directory.CreateDirectory(Path.Combine(directory.Path, "runner-temp"));
        Env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GITHUB_EVENT_NAME"] = eventName,
            ["GITHUB_EVENT_PATH"] = eventPath,
            ["GITHUB_API_URL"] = server.BaseUrl.ToString(),
            ["GITHUB_TOKEN"] = Token,
            ["GITHUB_REPOSITORY"] = "Codertocat/Hello-World",
            ["GITHUB_ACTOR"] = "deployer-dan",
            ["GITHUB_RUN_ID"] = "4242",
            ["GITHUB_OUTPUT"] = directory.Write("runner/output", ""),
            ["GITHUB_STEP_SUMMARY"] = directory.Write("runner/summary.md", ""),
            ["RUNNER_TEMP"] = Path.Combine(directory.Path, "runner-temp"),
        };
    }

    public FakeGitHubServer Server { get; }

    public TempDirectory Directory { get; }

    public Dictionary<string, string> Env { get; }

    public TimeProvider Time { get; set; } = new FixedClock(Some.Now);

    public static string Fixture(string name) => RepositoryRoot.Combine("tests", "Governance.GitHub.Tests", "Fixtures", "github-events", name);

    public static async Task<GitHubScenario> StartAsync(string eventName = "pull_request", string fixture = "pull_request.opened.payload.json", string prefix = "")
    {
        var scenario = new GitHubScenario(await FakeGitHubServer.StartAsync(prefix), new TempDirectory(), eventName, fixture);
        scenario.Server.On("GET", ReviewsPath, _ => FakeResponse.Json("[" + string.Join(",", scenario._reviews) + "]"));
        scenario.Server.OnGetJson("/orgs/Codertocat/teams/ml-governance", """{"id":1,"slug":"ml-governance"}""");
        return scenario;
    }

    public GitHubScenario OnActions()
    {
        Env["GITHUB_ACTIONS"] = "true";
        return this;
    }

    public GitHubScenario Review(string login, string state = "APPROVED", string commit = Head, int hoursAgo = 2)
    {
        _reviews.Add(ReviewJson(_reviews.Count + 100, login, state, commit, hoursAgo));
        return this;
    }

    public GitHubScenario Member(params string[] logins)
    {
        foreach (var login in logins)
        {
            Server.OnGetJson($"/orgs/Codertocat/teams/ml-governance/memberships/{login}", """{"role":"member","state":"active"}""");
        }

        return this;
    }

    public static string ReviewJson(long id, string login, string state, string commit, int hoursAgo) =>
        $$"""
        {"id":{{id}},"user":{"login":"{{login}}"},"state":"{{state}}","commit_id":"{{commit}}",
         "submitted_at":"{{(Some.Now - TimeSpan.FromHours(hoursAgo)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}",
         "html_url":"https://github.com/Codertocat/Hello-World/pull/2#pullrequestreview-{{id}}"}
        """;

    public static string[] Check(params string[] extra) =>
        ["check", "--policy", "policies", "--model", "support-bot", "--digest", Govern.Digest, "--environment", "production", "--no-record", "--github", .. extra];

    public GovernResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new HostContext(output, error, Env, Directory.Path, Time);
        var exit = GovernApp.Run(args, context);
        return new GovernResult(exit, output.ToString(), error.ToString());
    }

    public string OutputFile => File.ReadAllText(Env["GITHUB_OUTPUT"]);

    public string SummaryFile => File.ReadAllText(Env["GITHUB_STEP_SUMMARY"]);

    /// <summary>The token appears nowhere but in the runner's own <c>::add-mask::</c> command.</summary>
    public void AssertTokenNeverShown(GovernResult result)
    {
        var output = string.Join("\n", result.Output.Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));
        foreach (var text in new[] { output, result.Error, OutputFile, SummaryFile })
        {
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Dispose();
    }
}
