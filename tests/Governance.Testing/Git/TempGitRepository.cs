namespace Governance.Testing.Git;

/// <summary>
/// A temporary git repository under the system temp folder, created with the git CLI and deleted on dispose.
/// Use <see cref="CreateBare"/> for a remote and <see cref="Clone"/> for a second working copy.
/// </summary>
public sealed class TempGitRepository : IDisposable
{
    private TempGitRepository(string path) => Path = path;

    /// <summary>The repository folder (the work tree, or the git dir for a bare repository).</summary>
    public string Path { get; }

    /// <summary>Creates a repository with one empty commit on <c>main</c> and a local identity.</summary>
    public static TempGitRepository Create(bool withInitialCommit = true)
    {
        var repo = new TempGitRepository(NewFolder());
        repo.Git("init", "-q", "-b", "main").EnsureSuccess("git init");
        repo.ConfigureIdentity();
        if (withInitialCommit)
        {
            repo.Git("commit", "-q", "--allow-empty", "-m", "initial").EnsureSuccess("git commit");
        }

        return repo;
    }

    /// <summary>Creates an empty bare repository (a stand-in for a remote).</summary>
    public static TempGitRepository CreateBare()
    {
        var repo = new TempGitRepository(NewFolder());
        repo.Git("init", "-q", "--bare").EnsureSuccess("git init --bare");
        return repo;
    }

    /// <summary>Clones <paramref name="remote"/> into a new temporary folder.</summary>
    public static TempGitRepository Clone(TempGitRepository remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var folder = NewFolder();
        ProcessRunner.Run("git", ["clone", "-q", remote.Path, folder]).EnsureSuccess("git clone");
        var repo = new TempGitRepository(folder);
        repo.ConfigureIdentity();
        return repo;
    }

    /// <summary>Runs git in this repository.</summary>
    public ProcessResult Git(params string[] arguments) => ProcessRunner.Run("git", arguments, Path);

    /// <summary>Runs git and returns trimmed stdout, throwing on failure.</summary>
    public string GitOut(params string[] arguments) => Git(arguments).EnsureSuccess("git " + string.Join(' ', arguments)).StdOut.Trim();

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string NewFolder()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gov-git-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private void ConfigureIdentity()
    {
        Git("config", "user.name", "Test User").EnsureSuccess("git config");
        Git("config", "user.email", "test@example.com").EnsureSuccess("git config");
        Git("config", "commit.gpgsign", "false").EnsureSuccess("git config");
    }
}
