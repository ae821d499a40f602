using System.Diagnostics;
using System.Text;

namespace Governance.Ledger.Writing;

/// <summary>
/// Reads files of a trusted ref with the git command line (<c>git show ref:path</c>), objects as they are: a pushed
/// <c>refs/replace/*</c> must not change what the trusted ref's tree says. Failure or timeout reads as "absent".
/// </summary>
internal static class TrustedRefReader
{
    /// <summary>The file's text at <paramref name="trustRef"/>, or null when git cannot show it.</summary>
    public static string? Show(string repository, string trustRef, string path) =>
        Run(repository, TimeSpan.FromSeconds(30), "show", $"{trustRef}:{path}") is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>The repository's default branch ref (<c>refs/remotes/origin/HEAD</c>'s target), else <c>HEAD</c>.</summary>
    public static string DefaultRef(string repository) =>
        Run(repository, TimeSpan.FromSeconds(60), "symbolic-ref", "-q", "refs/remotes/origin/HEAD") is { } bytes
        && Encoding.UTF8.GetString(bytes).Trim() is { Length: > 0 } head ? head : "HEAD";

    private static byte[]? Run(string repository, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repository,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(repository);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_NO_REPLACE_OBJECTS"] = "1";
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using (process)
        {
            if (process is null)
            {
                return null;
            }

            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            copy.GetAwaiter().GetResult();
            return process.ExitCode == 0 ? output.ToArray() : null;
        }
    }
}
