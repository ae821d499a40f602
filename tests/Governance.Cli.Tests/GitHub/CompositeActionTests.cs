using System.Text.RegularExpressions;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.GitHub;

/// <summary>action.yml's shape: named steps, inputs only through env:, the install-once cache, and the example workflows.</summary>
public sealed partial class CompositeActionTests
{
    [Fact]
    public void Steps_EveryStep_HasAName()
    {
        var steps = CompositeAction.Load().Steps();

        Assert.All(steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Name), $"step {s.Id ?? s.Uses} has no name"));
    }

    [Fact]
    public void Steps_RunScripts_NeverInterpolateExpressions()
    {
        var steps = CompositeAction.Load().Steps().Where(s => s.Run is not null);

        Assert.All(steps, s => Assert.DoesNotContain("${{", s.Run!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("trust-ref", "GOVERNANCE_TRUST_REF", "")]
    [InlineData("require-signed", "GOVERNANCE_REQUIRE_SIGNED", "true")]
    [InlineData("trusted-checkpoint", "GOVERNANCE_TRUSTED_CHECKPOINT", "")]
    [InlineData("explain", "GOVERNANCE_EXPLAIN", "false")]
    [InlineData("sarif-path", "GOVERNANCE_SARIF_PATH", "")]
    [InlineData("json-path", "GOVERNANCE_JSON_PATH", "")]
    public void Evaluate_Input_ReachesTheToolThroughEnv(string input, string variable, string defaultValue)
    {
        var action = CompositeAction.Load();
        var evaluate = action.Steps().Single(s => s.Id == "evaluate");

        Assert.Equal(defaultValue, action.InputDefaults()[input]);
        Assert.Equal($"${{{{ inputs.{input} }}}}", evaluate.Env[variable]);
    }

    [Fact]
    public void Cache_RestoreAndSave_UseTheSameKeyOnOsArchAndSourceOrVersion()
    {
        var steps = CompositeAction.Load().Steps();
        var restore = steps.Single(s => s.Uses?.StartsWith("actions/cache/restore@", StringComparison.Ordinal) == true);
        var save = steps.Single(s => s.Uses?.StartsWith("actions/cache/save@", StringComparison.Ordinal) == true);
        var tool = steps.Single(s => s.Id == "tool");

        Assert.Matches("^actions/cache/restore@[0-9a-f]{40}$", restore.Uses!);
        Assert.Equal(restore.With["key"], save.With["key"]);
        Assert.Equal(restore.With["path"], save.With["path"]);
        Assert.Contains("${{ runner.os }}", restore.With["key"], StringComparison.Ordinal);
        Assert.Contains("${{ steps.tool.outputs.key }}", restore.With["key"], StringComparison.Ordinal);
        Assert.Contains("GOVERNANCE_VERSION", tool.Run!, StringComparison.Ordinal);
        Assert.Contains("git hash-object", tool.Run!, StringComparison.Ordinal);
        Assert.Equal("steps.cache.outputs.cache-hit != 'true'", save.If);
    }

    [Theory]
    [InlineData("(a) Gate a deploy job", "gate-deploy.yml")]
    [InlineData("(b) Pull-request approvals", "pull-request.yml")]
    [InlineData("(c) Record training and evaluation evidence from CI", "record-evidence.yml")]
    public void Docs_ExampleWorkflow_IsTheFileInExamples(string section, string file)
    {
        var doc = File.ReadAllText(RepositoryRoot.Combine("docs", "github-action.md"));
        var start = doc.IndexOf("## " + section, StringComparison.Ordinal);
        Assert.True(start >= 0, section);
        var block = YamlBlock().Match(doc, start);

        Assert.Contains($"(../examples/workflows/{file})", doc[start..block.Index], StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("examples", "workflows", file)), block.Groups[1].Value);
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
