using Governance.GitHub.Rest;

namespace Governance.GitHub.Actions;

/// <summary>The action's signing key (PEM text from a secret) as a file under <c>RUNNER_TEMP</c>, mode 0600, deleted on dispose.</summary>
public sealed class SigningKeyFile : IDisposable
{
    private readonly string _directory;

    private SigningKeyFile(string directory, string path)
    {
        _directory = directory;
        Path = path;
    }

    /// <summary>The key file.</summary>
    public string Path { get; }

    /// <summary>Writes the PEM text to a fresh private directory under <paramref name="runnerTemp"/>.</summary>
    public static SigningKeyFile Write(string? runnerTemp, string pem)
    {
        if (runnerTemp is null || !Directory.Exists(runnerTemp))
        {
            throw new GitHubSetupException("signing-key needs RUNNER_TEMP to write the key file; it is not set or does not exist");
        }

        var directory = System.IO.Path.Combine(runnerTemp, $"governance-key-{Guid.NewGuid():N}");
        var path = System.IO.Path.Combine(directory, "signing-key.pem");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, pem.Trim() + "\n");
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite };
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(pem.Trim() + "\n");
        }

        return new SigningKeyFile(directory, path);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
