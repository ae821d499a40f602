using Governance.Events.Trust;
using Governance.Ledger.Trust;
using Governance.Ledger.Writing;
using Governance.Testing.Git;

namespace Governance.Ledger.Tests.Trust;

public sealed class TrustLoaderTests
{
    [Fact]
    public void Load_NoAllowedSignersOnTheRef_ThrowsWithWhatToDo()
    {
        using var repo = TempGitRepository.Create();

        var ex = Assert.Throws<LedgerWriteException>(() => TrustLoader.Load(new LedgerTarget(repo.Path, "HEAD", null, null), (_, _) => PrincipalDirectory.Empty));

        Assert.Equal("no trusted signers: .governance/allowed_signers is not on HEAD; commit it to the default branch, or pass --trust-ref or --allowed-signers", ex.Message);
    }

    [Fact]
    public void Load_WorkingTreeCopyNotCommitted_IsNotTrusted()
    {
        // Trust is read from the ref, never from files a change under review could put in the working tree.
        using var repo = TempGitRepository.Create();
        Directory.CreateDirectory(Path.Combine(repo.Path, ".governance"));
        File.WriteAllText(Path.Combine(repo.Path, TrustLoader.AllowedSignersPath), "mallory@example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE5k\n");

        Assert.Throws<LedgerWriteException>(() => TrustLoader.Load(new LedgerTarget(repo.Path, null, null, null), (_, _) => PrincipalDirectory.Empty));
    }

    [Fact]
    public void Load_MissingExplicitFile_NamesIt()
    {
        using var repo = TempGitRepository.Create();
        var file = Path.Combine(repo.Path, "nope");

        var ex = Assert.Throws<LedgerWriteException>(() => TrustLoader.Load(new LedgerTarget(repo.Path, null, file, file), (_, _) => PrincipalDirectory.Empty));

        Assert.Equal($"{file}: allowed signers file not found", ex.Message);
    }
}
