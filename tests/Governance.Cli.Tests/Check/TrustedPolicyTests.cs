using System.Diagnostics;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.Check;

public sealed class TrustedPolicyTests
{
    private const string Policy = """
        apiVersion: governance/v1
        kind: DeploymentPolicy
        metadata: { name: gate }
        spec:
          rules:
            - id: needs-approval
              approvals: { min: 1, from: { users: [alice] } }
        """;

    [Fact]
    public void Check_PolicyRef_IgnoresWeakenedWorkingTreePolicy()
    {
        using var repo = new TempDirectory();
        repo.Write("policies/gate.yaml", Policy);
        Git(repo.Path, "init", "-q", "-b", "main");
        Git(repo.Path, "add", ".");
        Git(repo.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "policy");
        repo.Write("policies/gate.yaml", Policy.Replace("- id: needs-approval", "- id: needs-approval\n      mode: audit", StringComparison.Ordinal));
        string[] args = ["check", "--policy", "policies", "--model", "m", "--digest", Govern.Digest, "--environment", "production", "--no-record"];

        var fromWorkingTree = Govern.RunIn(repo.Path, args);
        var fromTrustedRef = Govern.RunIn(repo.Path, [.. args, "--policy-ref", "main"]);

        Assert.Equal(0, fromWorkingTree.Exit);
        Assert.Equal(1, fromTrustedRef.Exit);
        Assert.Contains("policies/gate.yaml", fromTrustedRef.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PolicyRefWithoutThePath_ExitsTwo()
    {
        using var repo = new TempDirectory();
        repo.Write("README", "x");
        Git(repo.Path, "init", "-q", "-b", "main");
        Git(repo.Path, "add", ".");
        Git(repo.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "x");

        var result = Govern.RunIn(repo.Path, "check", "--policy", "policies", "--model", "m", "--digest", Govern.Digest, "--environment", "e", "--policy-ref", "main");

        Assert.Equal(2, result.Exit);
        Assert.Contains("policies: not found on the trusted ref main", result.Error, StringComparison.Ordinal);
    }

    private static void Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
