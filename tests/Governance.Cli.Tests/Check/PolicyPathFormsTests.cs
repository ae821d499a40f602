using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Check;

/// <summary>
/// Every way users write the policy path (as in the workflow examples) reads the same policy, from the working tree
/// and from a trusted ref: <c>policies/</c> with a ref once became <c>git show main:policies//gate.yaml</c>.
/// </summary>
public sealed class PolicyPathFormsTests
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

    public static TheoryData<string, string, bool> Forms => new()
    {
        { "policies", "policies/", false }, { "policies", "policies/", true },
        { "policies", "./policies", false }, { "policies", "./policies", true },
        { "policies", "policies", true }, { "policies", "./policies/", true },
        { "policies", "policies/gate.yaml", true }, { "policies", "./policies/gate.yaml", true },
        { "config/governance/policies", "config/governance/policies/", false },
        { "config/governance/policies", "config/governance/policies/", true },
        { "config/governance/policies", "./config/governance/policies", true },
        { "config/governance/policies", "config//governance/./policies/", true },
        { ".", ".", true }, { ".", "./", true },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Check_PolicyPathForm_ReadsThePolicyAndDenies(string directory, string path, bool fromRef)
    {
        using var repo = TempGitRepository.Create();
        var file = directory == "." ? "gate.yaml" : $"{directory}/gate.yaml";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(repo.Path, file))!);
        File.WriteAllText(Path.Combine(repo.Path, file), Policy);
        repo.GitOut("add", ".");
        repo.GitOut("commit", "-q", "-m", "policy");
        string[] args = ["check", "--policy", path, "--model", "m", "--digest", Govern.Digest, "--environment", "production", "--no-record"];

        var result = Govern.RunIn(repo.Path, fromRef ? [.. args, "--policy-ref", "HEAD"] : args);

        Assert.True(result.Exit == 1, $"exit {result.Exit}: {result.Error}");
        Assert.Contains("needs-approval", result.Output, StringComparison.Ordinal);
        Assert.Contains("gate.yaml", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("//", result.Output.Replace("https://", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PolicyPathOutsideTheRepository_ExitsTwoSayingSo()
    {
        using var repo = TempGitRepository.Create();
        using var outside = new TempDirectory();
        outside.Write("gate.yaml", Policy);

        var result = Govern.RunIn(repo.Path, "check", "--policy", outside.Path, "--model", "m", "--digest", Govern.Digest, "--environment", "production", "--no-record", "--policy-ref", "HEAD");

        Assert.Equal(2, result.Exit);
        Assert.Contains("outside the repository", result.Error, StringComparison.Ordinal);
    }
}
