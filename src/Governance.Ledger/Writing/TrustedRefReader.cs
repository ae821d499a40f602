using System.Text;
using Governance.Ledger.Storage;

namespace Governance.Ledger.Writing;

/// <summary>
/// Reads files of a trusted ref with the git command line (<c>git show ref:path</c>), objects as they are: a pushed
/// <c>refs/replace/*</c> must not change what the trusted ref's tree says. Failure or timeout reads as "absent".
/// </summary>
internal static class TrustedRefReader
{
    /// <summary>The file's text at <paramref name="trustRef"/>, or null when git cannot show it.</summary>
    public static string? Show(string repository, string trustRef, string path) =>
        GitCli.TryRun(repository, TimeSpan.FromSeconds(30), "show", $"{trustRef}:{path}") is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>The repository's default branch ref (<c>refs/remotes/origin/HEAD</c>'s target), else <c>HEAD</c>.</summary>
    public static string DefaultRef(string repository) =>
        GitCli.TryRun(repository, TimeSpan.FromSeconds(60), "symbolic-ref", "-q", "refs/remotes/origin/HEAD") is { } bytes
        && Encoding.UTF8.GetString(bytes).Trim() is { Length: > 0 } head ? head : "HEAD";
}
