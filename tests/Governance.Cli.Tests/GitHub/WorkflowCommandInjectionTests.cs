using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Testing.Git;
using Governance.Testing.GitHub;

namespace Governance.Cli.Tests.GitHub;

/// <summary>
/// An evidence file or pull request that puts <c>\n::…</c>, HTML, links or headings into a quoted value (approver,
/// flag reason) must not forge a workflow command on stdout or stderr, nor add markup to the step summary or the
/// sticky comment. Runs as the runner runs the step: <c>GITHUB_ACTIONS=true</c>, runner files, loopback GitHub.
/// </summary>
public sealed partial class WorkflowCommandInjectionTests
{
    private const string Forged = "x\n::add-mask::deny\n::error file=.github/workflows/deploy.yml,line=1::forged\n  ::warning::indented\n##[error]legacy\n::stop-commands::pwned";
    private const string Markup = "bad\n### ✅ Governance: ready to deploy\n[click here](https://evil.example/login) <img src=https://evil.example/x.png> ![i](https://evil.example/i.png) | cell | www.evil.example";

    private const string LineagePolicy = """
        apiVersion: governance/v1
        kind: DeploymentPolicy
        metadata: { name: lineage }
        spec:
          rules:
            - id: clean-data
              provenance: { denyFlaggedSources: true }
        """;

    private static readonly string[] ToolCommands = ["add-mask", "error", "warning", "notice", "debug", "group", "endgroup", "stop-commands"];

    private static string Evidence() => JsonSerializer.Serialize(new
    {
        approvals = new[] { new { approver = "alice" + Forged, teams = new[] { GitHubScenario.Team }, digest = Govern.Digest, time = "2026-11-21T15:30:00Z", state = "approved" } },
        training = new[] { new { stage = "sft", inputs = new[] { "ds:forum" }, output = Govern.Digest, time = "2026-11-20T00:00:00Z" } },
        flags = new[] { new { dataset = "ds:forum", reason = Markup + Forged, time = "2026-11-21T00:00:00Z" } },
    });

    [Fact]
    public async Task CheckOnActions_HostileEvidence_StdoutAndStderrCarryOnlyToolCommands()
    {
        await using var github = await Hostile();

        var result = github.Run(GitHubScenario.Check("--evidence", "evidence.json", "--explain"));

        Assert.Equal(1, result.Exit);
        Assert.Contains("::add-mask::deny", result.Output, StringComparison.Ordinal); // the report did quote it …
        AssertOnlyToolCommands(result.Output);                                   // … inside a stop-commands fence
        AssertOnlyToolCommands(result.Error);
        var annotation = Assert.Single(RunnerCommandScanner.Commands(result.Output), c => c.StartsWith("::error title=lineage/clean-data", StringComparison.Ordinal));
        Assert.StartsWith("::error title=lineage/clean-data%3A fail,file=policies/lineage.yaml,line=", annotation, StringComparison.Ordinal);
        Assert.Contains("%0A::add-mask::deny%0A::error file=.github/workflows/deploy.yml", annotation, StringComparison.Ordinal); // escaped data, one line
    }

    [Theory]
    [InlineData("gate")]
    [InlineData("pull-request")]
    public async Task GitHubAction_HostileEvidence_NeverAllowsAndForgesNoCommand(string mode)
    {
        await using var github = await Hostile();
        using var origin = PublishToOrigin(github);
        github.Env["GITHUB_WORKSPACE"] = github.Directory.Path;
        github.Env["GOVERNANCE_MODE"] = mode;
        github.Env["GOVERNANCE_POLICY"] = "policies";
        github.Env["GOVERNANCE_MODEL"] = "support-bot";
        github.Env["GOVERNANCE_DIGEST"] = Govern.Digest;
        github.Env["GOVERNANCE_ENVIRONMENT"] = "production";
        github.Env["GOVERNANCE_EVIDENCE"] = "evidence.json";

        var result = github.Run("github", "action");

        Assert.NotEqual(0, result.Exit);
        AssertOnlyToolCommands(result.Output);
        AssertOnlyToolCommands(result.Error);
        AssertNoMarkup(github.SummaryFile);
    }

    [Fact]
    public async Task StepSummary_HostileFlagReasonAndApprover_RendersAsText()
    {
        await using var github = await Hostile();

        github.Run(GitHubScenario.Check("--evidence", "evidence.json", "--explain"));

        var summary = github.SummaryFile;
        AssertNoMarkup(summary);
        Assert.Contains("bad ### ✅ Governance: ready to deploy \\[click here\\]", summary, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=https&#58;//evil.example/x.png&gt;", summary, StringComparison.Ordinal);
        Assert.Contains("\\| cell \\|", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PullRequestComment_HostileFlagReason_AddsNoHeadingLinkOrHtml()
    {
        await using var github = await Hostile();
        const string comments = "/repos/Codertocat/Hello-World/issues/2/comments";
        github.Server.On("POST", "/repos/Codertocat/Hello-World/statuses/" + GitHubScenario.Head, FakeResponse.Json("{}", 201));
        github.Server.OnGetJson(comments, "[]");
        github.Server.On("POST", comments, FakeResponse.Json("""{"id":78,"body":"x"}""", 201));

        var result = github.Run(GitHubScenario.Check("--pull-request", "--evidence", "evidence.json"));

        Assert.Equal(1, result.Exit);
        using var comment = JsonDocument.Parse(github.Server.RequestsTo("POST", comments).Single().Body);
        var body = comment.RootElement.GetProperty("body").GetString()!;
        AssertNoMarkup(body);
        Assert.Single(body.Split('\n'), l => l.StartsWith('#'));
        Assert.StartsWith("### ❌ Governance:", body.Split('\n')[1], StringComparison.Ordinal);
        AssertOnlyToolCommands(result.Output);
    }

    [Fact]
    public async Task Check_ModelNameWithLineBreak_ExitsTwo()
    {
        await using var github = await Hostile();
        string[] args = ["check", "--policy", "policies", "--model", "support-bot\n::add-mask::deny", "--digest", Govern.Digest, "--environment", "production", "--no-record"];

        var model = github.Run(args);
        var environment = github.Run(["check", "--policy", "policies", "--model", "m", "--digest", Govern.Digest, "--environment", "prod\u0007", "--no-record"]);

        Assert.Equal(2, model.Exit);
        Assert.Contains("--model: the name contains a control character (U+000A)", model.Error, StringComparison.Ordinal);
        Assert.Equal(2, environment.Exit);
        Assert.Contains("--environment: the name contains a control character (U+0007)", environment.Error, StringComparison.Ordinal);
        AssertOnlyToolCommands(model.Error);
    }

    private static async Task<GitHubScenario> Hostile()
    {
        var github = await GitHubScenario.StartAsync();
        github.OnActions().Review("alice").Member("alice");
        github.Directory.Write("policies/lineage.yaml", LineagePolicy);
        github.Directory.Write("evidence.json", Evidence());
        return github;
    }

    /// <summary>Makes the scenario directory a clone whose origin/master holds the policies (the action's trusted ref).</summary>
    private static TempGitRepository PublishToOrigin(GitHubScenario github)
    {
        var origin = TempGitRepository.CreateBare();
        var dir = github.Directory.Path;
        foreach (var args in new[]
        {
            new[] { "init", "-q", "-b", "master" },
            ["add", "policies"],
            ["-c", "user.name=Pol", "-c", "user.email=pol@example.com", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "policies"],
            ["remote", "add", "origin", origin.Path],
            ["push", "-q", "origin", "master"],
            ["fetch", "-q", "origin"],
        })
        {
            ProcessRunner.Run("git", args, dir).EnsureSuccess("git " + string.Join(' ', args));
        }

        return origin;
    }

    private static void AssertOnlyToolCommands(string output)
    {
        var commands = RunnerCommandScanner.Commands(output);
        foreach (var command in commands)
        {
            var name = RunnerCommandScanner.Name(command);
            Assert.True(ToolCommands.Contains(name) || StopToken().IsMatch(command), $"forged command: {command}\n--- output ---\n{output}");
            var properties = command.Length > 2 && command.IndexOf("::", 2, StringComparison.Ordinal) is var end and > 0 ? command[..end] : command;
            Assert.DoesNotContain(".github/workflows", properties, StringComparison.Ordinal); // escaped data may quote it, a property may not
            Assert.NotEqual("::add-mask::deny", command);
            if (name == "stop-commands")
            {
                Assert.Matches(StopToken(), "::" + command["::stop-commands::".Length..] + "::");
            }
        }

        Assert.Equal(0, commands.Count(c => RunnerCommandScanner.Name(c) == "stop-commands") - commands.Count(c => StopToken().IsMatch(c)));
    }

    private static void AssertNoMarkup(string markdown)
    {
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?<!\\)\]\(", markdown); // a link needs an unescaped "]("
        Assert.DoesNotContain("https://evil", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("www.evil", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(markdown.Split('\n'), l => l.TrimStart().StartsWith("### ✅", StringComparison.Ordinal));
        Assert.DoesNotContain(markdown.Split('\n'), l => l.TrimStart().StartsWith("::", StringComparison.Ordinal));
        Assert.DoesNotContain(markdown.Split('\n'), l => l.StartsWith("| cell", StringComparison.Ordinal));
    }

    [GeneratedRegex("^::[0-9a-f]{64}::$")]
    private static partial Regex StopToken();
}
