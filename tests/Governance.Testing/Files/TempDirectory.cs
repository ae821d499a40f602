namespace Governance.Testing.Files;

/// <summary>A temporary directory deleted on dispose: the one temp-directory helper of every test project.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates a fresh empty directory under the system temp folder.</summary>
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "governance-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>The full path of <paramref name="relative"/> in this directory (nothing is created).</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes a file as UTF-8 without a byte order mark (creating folders) and returns its full path.</summary>
    public string Write(string relative, string content)
    {
        var full = Prepare(relative);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Writes raw bytes (creating folders) and returns the full path.</summary>
    public string Write(string relative, byte[] content)
    {
        var full = Prepare(relative);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string Prepare(string relative)
    {
        var full = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }
}
