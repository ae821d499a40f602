using Governance.Testing.Files;

namespace Governance.Cli.Tests.Authoring;

/// <summary>Schema errors are reported once each, with a location, and counted once (NJsonSchema 10 doubled them).</summary>
public sealed class PolicyLintCountTests
{
    [Fact]
    public void PolicyLint_FourSchemaErrors_PrintsEachOnceWithLocationAndCountsFour()
    {
        using var dir = new TempDirectory();
        dir.Write("bad.yaml", "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: bad, colour: red }\nspec:\n  rules:\n    - id: r\n      approvals: { min: 1, from: { teams: [a/b] } }\n    - id: 5\n      bogus: 1\n");

        var result = Govern.RunIn(dir.Path, "policy", "lint", "bad.yaml");

        Assert.Equal(2, result.Exit);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^bad\.yaml:\d+:\d+: ", l));
        Assert.Equal(4, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("4 errors in 1 policy file", result.Output + result.Error, StringComparison.Ordinal);
    }
}
