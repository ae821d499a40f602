using System.Diagnostics;

namespace Governance.Ledger.Storage;

/// <summary>Runs the git CLI (ref compare-and-swap, push, fetch), which honours the runner's credentials.</summary>
internal static class GitCli
{
    public static (int ExitCode, string StdOut, string StdErr) Run(string workingDirectory, params string[] arguments)
    {
        var psi = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["GIT_TERMINAL_PROMPT"] = "0";
        psi.Environment["GIT_NO_REPLACE_OBJECTS"] = "1";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start git.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
