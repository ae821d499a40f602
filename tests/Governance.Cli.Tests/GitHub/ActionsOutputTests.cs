using System.Text.RegularExpressions;
using Governance.Testing.Snapshots;

namespace Governance.Cli.Tests.GitHub;

public sealed partial class ActionsOutputTests
{
    [Fact]
    public async Task Check_DenyOnActions_WritesOutputsSummaryAndAnnotationAtPolicyLine()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.OnActions().Review("alice").Member("alice");

        var result = github.Run(GitHubScenario.Check());

        Assert.Equal(1, result.Exit);
        var outputs = Outputs(github.OutputFile);
        Assert.Equal("deny", outputs["decision"]);
        Assert.Equal("", outputs["ledger-seq"]);
        Assert.Equal("", outputs["ledger-commit"]);
        Assert.Equal(github.SummaryFile, File.ReadAllText(outputs["summary-path"]));
        Assert.StartsWith(github.Env["RUNNER_TEMP"], outputs["summary-path"], StringComparison.Ordinal);
        Assert.Contains("::error title=gate/two-approvals%3A fail,file=policies/gate.yaml,line=6,col=7::1 of 2 required approvals", result.Output, StringComparison.Ordinal);
        Assert.Contains("::group::GitHub approvals for ec26c3e (pull request #2)", result.Output, StringComparison.Ordinal);
        github.AssertTokenNeverShown(result);
    }

    [Fact]
    public async Task Check_DenyWithFailOnDenyFalse_ExitsZeroAndOutputsDeny()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.OnActions();

        var result = github.Run(GitHubScenario.Check("--fail-on-deny", "false"));

        Assert.Equal(0, result.Exit);
        Assert.Equal("deny", Outputs(github.OutputFile)["decision"]);
    }

    [Fact]
    public async Task Check_OutsideActions_WritesNoRunnerFiles()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Review("alice").Review("bob").Member("alice", "bob");

        var result = github.Run(GitHubScenario.Check());

        Assert.Equal(0, result.Exit);
        Assert.Equal("", github.OutputFile);
        Assert.Equal("", github.SummaryFile);
        Assert.DoesNotContain("::", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepSummary_DenyWithIgnoredReviews_MatchesSnapshot()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.OnActions().Review("alice").Review("Codertocat").Review("bob", commit: GitHubScenario.Old).Member("alice", "Codertocat", "bob");

        github.Run(GitHubScenario.Check());

        Snapshot.Verify(github.SummaryFile, "md");
    }

    /// <summary>Parses the runner's output file (heredoc entries).</summary>
    internal static Dictionary<string, string> Outputs(string file)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in HeredocPattern().Matches(file.ReplaceLineEndings("\n")))
        {
            outputs[m.Groups["name"].Value] = m.Groups["value"].Value;
        }

        return outputs;
    }

    [GeneratedRegex(@"^(?<name>[\w-]+)<<(?<d>\S+)\n(?<value>(?s:.*?))\n?\k<d>$", RegexOptions.Multiline)]
    private static partial Regex HeredocPattern();
}
