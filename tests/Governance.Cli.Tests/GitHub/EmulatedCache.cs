using Governance.Testing.Git;

namespace Governance.Cli.Tests.GitHub;

/// <summary>
/// What <c>actions/cache/restore</c> and <c>actions/cache/save</c> do to the runner's disk, done locally: an exact key
/// maps to one archive (the real action keeps a zstd tar in GitHub's cache service and downloads it; the download is
/// not emulated, see docs/benchmarks.md), restored into the same absolute path.
/// </summary>
internal static class EmulatedCache
{
    /// <summary>Extracts the archive for <paramref name="key"/> into <paramref name="path"/>; false on a miss.</summary>
    public static bool Restore(string cache, string key, string path)
    {
        var archive = Archive(cache, key);
        if (!File.Exists(archive))
        {
            return false;
        }

        Directory.CreateDirectory(path);
        ProcessRunner.Run("tar", ["-xf", archive, "-C", path]).EnsureSuccess("tar -x");
        return true;
    }

    /// <summary>Archives <paramref name="path"/> under <paramref name="key"/> (a key is written once, as the real cache does).</summary>
    public static void Save(string cache, string key, string path)
    {
        var archive = Archive(cache, key);
        if (File.Exists(archive))
        {
            return;
        }

        Directory.CreateDirectory(cache);
        ProcessRunner.Run("tar", ["-cf", archive, "-C", path, "."]).EnsureSuccess("tar -c");
    }

    private static string Archive(string cache, string key) => Path.Combine(cache, key.Replace('/', '_') + ".tar");
}
