using System.Diagnostics;

namespace Governance.Cli.Tests.Ledger;

/// <summary>
/// Runs the test build's <c>govern.dll</c> as a child process inside a private mount namespace (<c>unshare -m</c>;
/// as a non-root user <c>unshare -r -m</c>) in which every system libgit2 is covered by an empty file, so the
/// process cannot load one. Optionally the bundled libgit2 is covered too. A prelude proves the hiding took effect.
/// </summary>
internal static class IsolatedGovern
{
    private const string Prelude = """
        set -e
        hidden=0
        for real in $(for f in $(ldconfig -p 2>/dev/null | awk '/libgit2/ { print $NF }') /lib/*/libgit2* /usr/lib/*/libgit2* /usr/lib/libgit2* /usr/local/lib/libgit2*; do
                        [ -e "$f" ] && readlink -f "$f"; done | sort -u); do
          mount --bind /dev/null "$real"
          [ ! -s "$real" ] || { echo "isolation: $real still readable" >&2; exit 97; }
          hidden=$((hidden + 1))
        done
        if [ "${HIDE_BUNDLED:-}" = 1 ]; then
          for f in "$GOVERN_DIR"/runtimes/*/native/*git2*; do mount --bind /dev/null "$f"; done
        fi
        echo "isolation: hid $hidden system libgit2 file(s)" >&2
        """;

    /// <summary>The directory holding <c>govern.dll</c> and its <c>runtimes/</c> folder.</summary>
    public static string GovernDirectory => AppContext.BaseDirectory;

    /// <summary>System libgit2 files the dynamic loader knows of on this machine (what the prelude hides).</summary>
    public static int SystemLibGit2Count()
    {
        var listed = Run("ldconfig", ["-p"], null, null);
        return listed.Output.Split('\n').Count(l => l.Contains("libgit2", StringComparison.Ordinal));
    }

    /// <summary>Runs each command (govern arguments) in one isolated shell; stops at the first failure.</summary>
    public static (int Exit, string Output, string Error) Run(string workingDirectory, bool hideBundled, Dictionary<string, string>? env, params string[][] commands)
    {
        var script = Prelude + "\n" + string.Join("\n", commands.Select(c => "dotnet \"$GOVERN_DIR/govern.dll\" " + string.Join(' ', c.Select(Quote))));
        var unshare = Environment.UserName == "root" ? new[] { "-m", "bash", "-c", script } : ["-r", "-m", "bash", "-c", script];
        var environment = new Dictionary<string, string>(env ?? [], StringComparer.Ordinal) { ["GOVERN_DIR"] = GovernDirectory, ["HIDE_BUNDLED"] = hideBundled ? "1" : "0" };
        return Run("unshare", unshare, workingDirectory, environment);
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static (int Exit, string Output, string Error) Run(string file, IEnumerable<string> args, string? workingDirectory, Dictionary<string, string>? env)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in env ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in time.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
