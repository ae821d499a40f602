using Governance.Testing.Git;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Tests;

public sealed class GitCliTests
{
    [Fact]
    public async Task RunAsync_Cancelled_KillsGitAndThrowsOperationCanceled()
    {
        using var repo = TempGitRepository.Create();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GitCli.RunAsync(repo.Path, TimeSpan.FromMinutes(1), cancelled.Token, "log", "--oneline"));
    }

    [Fact]
    public void Run_TimeoutElapsed_ExitTwoNamingTheGitCommand()
    {
        using var repo = TempGitRepository.Create();

        var failed = Assert.Throws<WorkflowException>(() => GitCli.Run(repo.Path, TimeSpan.Zero, "log", "--oneline"));

        Assert.Equal("git log did not finish within 0 s", failed.Message);
        Assert.Equal(ExitCodes.NoDecision, failed.ExitCode);
    }

    [Fact]
    public void RunText_GitFails_QuotesGitsOwnMessage()
    {
        using var repo = TempGitRepository.Create();

        var failed = Assert.Throws<WorkflowException>(() => GitCli.RunText(repo.Path, "rev-parse", "--verify", "no-such-ref"));

        Assert.StartsWith("git rev-parse --verify no-such-ref failed: fatal: ", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunText_ReplaceRefPushedIntoTheRepository_ReadsTheObjectAsItIs()
    {
        using var repo = TempGitRepository.Create();
        File.WriteAllText(Path.Combine(repo.Path, "allowed_signers"), "genuine\n");
        repo.GitOut("add", ".");
        repo.GitOut("commit", "-q", "-m", "trust");
        var genuine = repo.GitOut("rev-parse", "HEAD:allowed_signers");
        File.WriteAllText(Path.Combine(repo.Path, "forged"), "attacker\n");
        var forged = repo.GitOut("hash-object", "-w", "forged");
        repo.GitOut("replace", genuine, forged);

        // Anyone with push access can push refs/replace/*: reading a trusted file must not follow it.
        Assert.Equal("genuine", GitCli.RunText(repo.Path, "show", "HEAD:allowed_signers"));
    }
}
