using System.Diagnostics;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.Check;

public sealed class BadInputTests
{
    private static GovernResult CheckWith(TempDirectory dir, string policyFile, string? evidenceFile = null)
    {
        string[] args = ["check", "--policy", policyFile, "--model", "m", "--digest", Govern.Digest, "--environment", "e", "--no-record"];
        return Govern.RunIn(dir.Path, evidenceFile is null ? args : [.. args, "--evidence", evidenceFile]);
    }

    private static void AssertCleanError(GovernResult result, string expected)
    {
        Assert.Equal(2, result.Exit);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Check_MalformedYaml_ReportsFileLineColumn()
    {
        using var dir = new TempDirectory();
        dir.Write("p.yaml", "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: p\nspec: {}\n");

        AssertCleanError(CheckWith(dir, "p.yaml"), "p.yaml:");
    }

    [Fact]
    public void Check_AliasBomb_FailsFastWithClearError()
    {
        using var dir = new TempDirectory();
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Join("", Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}]\n"));
        dir.Write("bomb.yaml", bomb);
        var watch = Stopwatch.StartNew();

        var result = CheckWith(dir, "bomb.yaml");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        AssertCleanError(result, "bomb.yaml:");
    }

    [Fact]
    public void Check_DeepNesting_FailsWithClearError()
    {
        using var dir = new TempDirectory();
        dir.Write("deep.yaml", new string('[', 10_000) + new string(']', 10_000));

        AssertCleanError(CheckWith(dir, "deep.yaml"), "deep.yaml:");
    }

    [Fact]
    public void Check_BinaryPolicy_FailsWithClearError()
    {
        using var dir = new TempDirectory();
        dir.Write("p.yaml", [0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe]);

        AssertCleanError(CheckWith(dir, "p.yaml"), "p.yaml");
    }

    [Fact]
    public void Check_NonUtf8Evidence_FailsWithClearError()
    {
        using var dir = new TempDirectory();
        File.Copy(RepositoryRoot.Combine("policies", "staging.yaml"), Path.Combine(dir.Path, "p.yaml"));
        dir.Write("e.json", [0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]);

        AssertCleanError(CheckWith(dir, "p.yaml", "e.json"), "e.json");
    }

    [Fact]
    public void Check_EvidenceWithWrongType_ReportsLocation()
    {
        using var dir = new TempDirectory();
        File.Copy(RepositoryRoot.Combine("policies", "staging.yaml"), Path.Combine(dir.Path, "p.yaml"));
        dir.Write("e.json", "{\n  \"evaluations\": [\n    { \"metric\": \"accuracy\", \"value\": \"high\", \"digest\": \"" + Govern.Digest + "\", \"time\": \"2026-11-21T09:00:00Z\" }\n  ]\n}\n");

        AssertCleanError(CheckWith(dir, "p.yaml", "e.json"), "e.json:3:");
    }

    [Fact]
    public void Check_PolicyDirectoryIsEmpty_ExitsTwo()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "empty"));

        AssertCleanError(CheckWith(dir, "empty"), "no policy files");
    }
}
