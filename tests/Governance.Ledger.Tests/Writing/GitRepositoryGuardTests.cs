using Governance.Ledger.Writing;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Ledger.Tests.Writing;

public sealed class GitRepositoryGuardTests
{
    [Fact]
    public void Require_FolderInsideARepository_ReturnsThePath()
    {
        using var repo = TempGitRepository.Create();
        var inner = Directory.CreateDirectory(Path.Combine(repo.Path, "a", "b")).FullName;

        Assert.Equal(inner, GitRepositoryGuard.Require(inner, fromRepoOption: false));
    }

    [Fact]
    public void Require_FolderOutsideARepository_ThrowsWithWhatToDo()
    {
        using var folder = new TempDirectory();

        var ex = Assert.Throws<LedgerWriteException>(() => GitRepositoryGuard.Require(folder.Path, fromRepoOption: false));

        Assert.Equal($"not a git repository: {folder.Path}; run inside a repository or pass --repo <dir>", ex.Message);
    }

    [Fact]
    public void Require_MissingFolderFromRepoOption_NamesTheOption()
    {
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "nope");

        var ex = Assert.Throws<LedgerWriteException>(() => GitRepositoryGuard.Require(missing, fromRepoOption: true));

        Assert.Equal($"--repo: {missing}: no such directory", ex.Message);
    }
}
