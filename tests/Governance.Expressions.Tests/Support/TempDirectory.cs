namespace Governance.Expressions.Tests.Support;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gov-expr-" + Guid.NewGuid().ToString("N"));

    public ExpressionOptions Options => new() { CacheDirectory = Path };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A loaded assembly never locks files here; ignore races with a still-running probe.
        }
    }
}
