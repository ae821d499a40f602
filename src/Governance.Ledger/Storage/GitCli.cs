using System.Diagnostics;

namespace Governance.Ledger.Storage;

/// <summary>
/// The Ledger's one git CLI runner (ref compare-and-swap, push, fetch, reading trusted refs), which honours the
/// runner's credentials. Objects are read as they are: a pushed <c>refs/replace/*</c> must not change what a tree says.
/// </summary>
internal static class GitCli
{
    public static (int ExitCode, string StdOut, string StdErr) Run(string workingDirectory, params string[] arguments)
    {
        using var process = Process.Start(Start(workingDirectory, arguments)) ?? throw new InvalidOperationException("Could not start git.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>Runs <c>git -C repository …</c> with a timeout; its standard output, or null when git is missing, fails or times out.</summary>
    public static byte[]? TryRun(string repository, TimeSpan timeout, params string[] arguments)
    {
        var start = Start(repository, ["-C", repository, .. arguments]);
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

    /// <summary>
    /// Runs <c>git -C repository …</c> and returns its exit code, standard output bytes and standard error. Cancelling
    /// kills git and throws <see cref="OperationCanceledException"/>; the timeout kills git and throws <see cref="TimeoutException"/>.
    /// </summary>
    public static async Task<(int ExitCode, byte[] StdOut, string StdErr)> RunAsync(string repository, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
    {
        using var process = Process.Start(Start(repository, ["-C", repository, .. arguments])) ?? throw new InvalidOperationException("Could not start git.");
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"git {arguments[0]} did not finish within {timeout.TotalSeconds:0} s");
        }

        await copy.ConfigureAwait(false);
        return (process.ExitCode, output.ToArray(), await error.ConfigureAwait(false));
    }

    private static ProcessStartInfo Start(string workingDirectory, IEnumerable<string> arguments)
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
        return psi;
    }
}
