using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Ledger;

/// <summary>What a newcomer's first mistakes answer: a typo gets exit 2 and a suggestion, a folder outside git says so.</summary>
public sealed class NewcomerErrorTests
{
    private const string Digest = Tests.Govern.Digest;

    [Fact]
    public void AuditLog_TypeTypo_ExitsTwoSuggestingTheNearestType()
    {
        using var repo = LedgerRepo.Create();
        Assert.Equal(0, repo.Govern("record", "evaluation", "--digest", Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/recorder.pem").Exit);

        var result = repo.Govern("audit", "log", "--type", "aproval.granted");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--type: unknown entry type 'aproval.granted'; did you mean 'approval.granted'?", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void AuditLog_KnownTypeWithNoEntries_ExitsZeroAndPrintsNothing()
    {
        using var repo = LedgerRepo.Create();
        Assert.Equal(0, repo.Govern("record", "evaluation", "--digest", Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/recorder.pem").Exit);

        var result = repo.Govern("audit", "log", "--type", "approval.granted/v1");

        Assert.Equal(0, result.Exit);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("audit verify")]
    [InlineData("audit log")]
    [InlineData("audit show 1")]
    [InlineData("audit checkpoint")]
    [InlineData("audit prove --inclusion 1")]
    [InlineData("audit push --remote origin --key recorder.pem")]
    [InlineData("audit pull --remote origin")]
    [InlineData("lineage impact --dataset web")]
    [InlineData("lineage show --model support-bot")]
    [InlineData("record evaluation --metric accuracy --value 0.9 --digest " + Digest + " --key recorder.pem")]
    [InlineData("approve --model support-bot --digest " + Digest + " --key recorder.pem")]
    [InlineData("waive --rules toxicity --digest " + Digest + " --expires 2026-12-01T00:00:00Z --reason r --key recorder.pem")]
    public void LedgerCommand_OutsideAGitRepository_SaysSoInsteadOfBlamingTrust(string command)
    {
        using var folder = new TempDirectory();
        Assert.NotEqual(0, ProcessRunner.Run("git", ["rev-parse", "--git-dir"], folder.Path).ExitCode);
        Assert.Equal(0, Tests.Govern.RunIn(folder.Path, "keys", "generate", "--out", "recorder.pem", "--principal", "ci@acme.example").Exit);

        var result = Tests.Govern.RunIn(folder.Path, command.Split(' '));

        Assert.Equal(2, result.Exit);
        Assert.Contains($"not a git repository: {folder.Path}; run inside a repository or pass --repo <dir>", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("allowed_signers", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LedgerCommand_RepoOptionNotARepository_NamesTheOption()
    {
        using var folder = new TempDirectory();

        var result = Tests.Govern.Run("audit", "verify", "--repo", folder.Path);

        Assert.Equal(2, result.Exit);
        Assert.Contains($"not a git repository: {folder.Path}; pass --repo a repository's folder", result.Error, StringComparison.Ordinal);
    }
}
