namespace Governance.Ledger.Writing;

/// <summary>
/// Ledger commands need a git repository: outside one they say so (and how to fix it) instead of failing later on a
/// missing <c>.governance/allowed_signers</c> or a libgit2 message. Looks for <c>.git</c> (a folder, or the file of a
/// worktree or submodule) up the directory tree as git does, or a bare repository; no process is started.
/// </summary>
public static class GitRepositoryGuard
{
    /// <summary>Returns <paramref name="path"/> when it is in a git repository; otherwise throws <see cref="LedgerWriteException"/> naming it.</summary>
    public static string Require(string path, bool fromRepoOption)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Directory.Exists(path))
        {
            throw new LedgerWriteException($"{(fromRepoOption ? "--repo: " : "")}{path}: no such directory");
        }

        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
        {
            if (Path.Exists(Path.Combine(dir.FullName, ".git")) || IsBare(dir.FullName))
            {
                return path;
            }
        }

        throw new LedgerWriteException(fromRepoOption
            ? $"not a git repository: {path}; pass --repo a repository's folder"
            : $"not a git repository: {path}; run inside a repository or pass --repo <dir>");
    }

    private static bool IsBare(string dir) =>
        File.Exists(Path.Combine(dir, "HEAD")) && Directory.Exists(Path.Combine(dir, "objects")) && Directory.Exists(Path.Combine(dir, "refs"));
}
