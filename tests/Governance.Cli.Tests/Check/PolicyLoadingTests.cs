using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Check;

/// <summary>
/// An attacker who can add files to a policy directory or name an evidence file must not get a rule evaluated twice
/// under one id, a hung gate (a FIFO blocks its reader forever) or a policy read from outside the directory.
/// </summary>
public sealed class PolicyLoadingTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private const string DuplicateIds =
        "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: p }\nspec:\n  rules:\n"
        + "    - id: gate\n      evaluation: { metric: accuracy, min: 0.9 }\n"
        + "    - id: gate\n      evaluation: { metric: toxicity, max: 0.1 }\n";

    private const string Valid =
        "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: p }\nspec:\n  rules:\n"
        + "    - id: acc\n      evaluation: { metric: accuracy, min: 0.9 }\n";

    private static string[] Check(string policy, params string[] extra) =>
        ["check", "--policy", policy, "--model", "m", "--digest", Govern.Digest, "--environment", "e", "--no-record", .. extra];

    [Theory]
    [InlineData("check")]
    [InlineData("lint")]
    [InlineData("explain")]
    [InlineData("test")]
    public void Commands_DuplicateRuleIds_ExitTwoWithLocation(string command)
    {
        using var dir = new TempDirectory();
        dir.Write("p.yaml", DuplicateIds);
        dir.Write("tests/p.tests.yaml", "policy: ../p.yaml\ncases:\n  - name: c\n    subject: { model: m, digest: \"" + Govern.Digest + "\", environment: e }\n    evidence: {}\n    expect: { decision: deny }\n");
        string[] args = command switch
        {
            "check" => Check("p.yaml"),
            "test" => ["policy", "test", "tests"],
            _ => ["policy", command, "p.yaml"],
        };

        var result = Govern.RunIn(dir.Path, args);

        Assert.True(result.Exit == 2, $"exit {result.Exit}: {result.Output}{result.Error}");
        Assert.Contains("p.yaml:8:11: duplicate rule id 'gate' (first defined at line 6)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DuplicatePolicyNamesAcrossFiles_ExitsTwo()
    {
        using var dir = new TempDirectory();
        dir.Write("policies/a.yaml", Valid);
        dir.Write("policies/b.yaml", Valid);

        var result = Govern.RunIn(dir.Path, Check("policies"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("duplicate policy name 'p'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint-dir")]
    [InlineData("check-dir")]
    [InlineData("check-policy")]
    [InlineData("check-evidence")]
    [InlineData("explain-dir")]
    public void Commands_FifoNamedYaml_RefusedWithoutOpening(string how)
    {
        using var dir = new TempDirectory();
        dir.Write("policies/a.yaml", Valid);
        dir.Write("evidence.json", "{}");
        var fifo = how == "check-evidence" ? Path.Combine(dir.Path, "fifo.yaml") : Path.Combine(dir.Path, "policies", "z.yaml");
        MakeFifo(fifo);
        string[] args = how switch
        {
            "lint-dir" => ["policy", "lint", "policies"],
            "check-dir" => Check("policies"),
            "check-policy" => Check("policies/z.yaml"),
            "check-evidence" => Check("policies/a.yaml", "--evidence", "fifo.yaml"),
            _ => ["policy", "explain", "policies"],
        };

        var result = RunUnblocking(dir.Path, fifo, args);

        Assert.True(result.Exit == 2, $"exit {result.Exit}: {result.Output}{result.Error}");
        Assert.Contains("z.yaml", how == "check-evidence" ? result.Error.Replace("fifo.yaml", "z.yaml", StringComparison.Ordinal) : result.Error, StringComparison.Ordinal);
        Assert.Contains("not a regular file (a FIFO)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyTest_FifoTestFile_RefusedWithoutOpening()
    {
        using var dir = new TempDirectory();
        dir.Write("p.yaml", Valid);
        var fifo = Path.Combine(dir.Path, "tests", "hang.tests.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
        MakeFifo(fifo);

        var result = RunUnblocking(dir.Path, fifo, "policy", "test", "tests");

        Assert.True(result.Exit == 2, $"exit {result.Exit}: {result.Output}{result.Error}");
        Assert.Contains("not a regular file (a FIFO)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("lint")]
    public void Commands_SymlinkOutOfPolicyDirectory_Refused(string command)
    {
        using var dir = new TempDirectory();
        dir.Write("policies/a.yaml", Valid);
        dir.Write("elsewhere/weak.yaml", Valid.Replace("name: p", "name: q", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "policies", "b.yaml"), Path.Combine(dir.Path, "elsewhere", "weak.yaml"));
        string[] args = command == "check" ? Check("policies") : ["policy", "lint", "policies"];

        var result = Govern.RunIn(dir.Path, args);

        Assert.True(result.Exit == 2, $"exit {result.Exit}: {result.Output}{result.Error}");
        Assert.Contains("b.yaml: symbolic link points outside the policy directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SymlinkInsidePolicyDirectory_IsRead()
    {
        using var dir = new TempDirectory();
        dir.Write("policies/a.yaml", Valid);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "policies", "b.yml"), Path.Combine(dir.Path, "policies", "a.yaml"));

        var result = Govern.RunIn(dir.Path, Check("policies"));

        // Both entries load, so the set holds the name 'p' twice: a duplicate, not a silent skip or a hang.
        Assert.Equal(2, result.Exit);
        Assert.Contains("duplicate policy name 'p'", result.Error, StringComparison.Ordinal);
    }

    private static void MakeFifo(string path)
    {
        var made = ProcessRunner.Run("mkfifo", [path]);
        Assert.True(made.ExitCode == 0, made.StdErr);
    }

    /// <summary>Runs govern; if it blocks on the FIFO, a writer releases it so the test fails instead of hanging.</summary>
    private static GovernResult RunUnblocking(string directory, string fifo, params string[] args)
    {
        var run = Task.Run(() => Govern.RunIn(directory, args));
        if (run.Wait(Limit))
        {
            return run.Result;
        }

        using (var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write))
        {
            writer.Write("x: 1\n"u8);
        }

        run.Wait(Limit);
        Assert.Fail($"govern {string.Join(' ', args)} blocked opening a FIFO");
        return null!;
    }
}
