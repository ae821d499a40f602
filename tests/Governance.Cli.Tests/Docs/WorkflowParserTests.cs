using Governance.Testing.Files;

namespace Governance.Cli.Tests.Docs;

/// <summary>The example workflows and action.yml parse with GitHub's own parser, and a broken copy does not.</summary>
public sealed class WorkflowParserTests
{
    /// <summary>Ids of the workflows the repository shows.</summary>
    public static TheoryData<string> Workflows() => [.. WorkflowParser.Workflows().Keys];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflow_ParsedByGitHubsParser_HasNoErrors(string workflow)
    {
        var result = WorkflowParser.Parse("workflow", workflow, WorkflowParser.Workflows()[workflow]);

        Assert.True(result.ExitCode == 0, $"{workflow}: GitHub's parser reports (lines count from the block's first line):\n{result.StdOut}{result.StdErr}");
    }

    [Fact]
    public void ExampleWorkflows_InDocsOrExamples_AreAtLeastTheThreeDocumentedOnes()
    {
        var examples = WorkflowParser.Workflows().Keys.Where(k => !k.StartsWith(".github/", StringComparison.Ordinal)).ToList();

        Assert.True(examples.Count >= 3, "expected the three example workflows (gate, pull request, record), found: " + string.Join(", ", examples));
    }

    [Fact]
    public void Action_ParsedByGitHubsParser_HasNoErrors()
    {
        var result = WorkflowParser.Parse("action", "action", File.ReadAllText(RepositoryRoot.Combine("action.yml")));

        Assert.True(result.ExitCode == 0, $"action.yml: GitHub's parser reports:\n{result.StdOut}{result.StdErr}");
    }

    [Fact]
    public void Action_BrokenCopy_FailsWithTheLine()
    {
        var broken = File.ReadAllText(RepositoryRoot.Combine("action.yml")).Replace("\nruns:", "\nrunz:", StringComparison.Ordinal);

        var result = WorkflowParser.Parse("action", "broken-action", broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unexpected value 'runz'", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Required property is missing: runs", result.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runs-on:", "runs_on:", "Unexpected value 'runs_on'")]
    [InlineData("${{ ", "${{ (", "Unexpected")]
    public void Workflow_BrokenCopy_Fails(string find, string replace, string expected)
    {
        var (id, content) = WorkflowParser.Workflows().First(w => w.Value.Contains(find, StringComparison.Ordinal));
        var broken = content.Replace(find, replace, StringComparison.Ordinal);

        var result = WorkflowParser.Parse("workflow", "broken-" + id, broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.StdOut, StringComparison.Ordinal);
    }
}
