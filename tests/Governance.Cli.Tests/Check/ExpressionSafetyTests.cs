using Governance.Testing.Files;

namespace Governance.Cli.Tests.Check;

/// <summary>
/// A policy condition that would crash the gate (stack overflow) or read the clock or the process must be refused by
/// lint and by check (exit 2), never allowed and never a dead process.
/// </summary>
public sealed class ExpressionSafetyTests
{
    public static TheoryData<string, string> Conditions() => new()
    {
        { "Enumerable.Range(0, 300000).Aggregate(Enumerable.Range(0, 1), (a, i) => a.Where(x => x >= 0)).Count() > 0", "lazy accumulator" },
        { "DateTime.Parse(\"12:00\") > Now.UtcDateTime", "takes a missing date or offset from the clock" },
        { "\"abc\".GetHashCode() % 2 == 0", "hash codes differ per process" },
        { new string('(', 20_000) + "true" + new string(')', 20_000), "the limit is 4096" },
        { new string('(', 100) + "true" + new string(')', 100), "nests brackets more than 64 deep" },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public void CheckAndLint_UnsafeCondition_ExitTwoWithReason(string condition, string reason)
    {
        using var dir = new TempDirectory();
        dir.Write("p.yaml", "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: p }\nspec:\n  rules:\n    - id: c\n      expression: "
            + System.Text.Json.JsonSerializer.Serialize(condition) + "\n");

        var check = Govern.RunIn(dir.Path, "check", "--policy", "p.yaml", "--model", "m", "--digest", Govern.Digest, "--environment", "e", "--no-record");
        var lint = Govern.RunIn(dir.Path, "policy", "lint", "p.yaml");

        Assert.True(check.Exit == 2, $"check exit {check.Exit}: {check.Output}{check.Error}");
        Assert.Contains(reason, check.Error, StringComparison.Ordinal);
        Assert.Contains("p.yaml:7:", check.Error, StringComparison.Ordinal);
        Assert.True(lint.Exit == 2, $"lint exit {lint.Exit}: {lint.Output}{lint.Error}");
        Assert.Contains(reason, lint.Error, StringComparison.Ordinal);
    }
}
