using System.Diagnostics;

namespace Governance.Testing.Git;

/// <summary>Runs a command-line tool (git, ssh-keygen, …) with arguments, optional stdin bytes and a timeout.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> and captures its output.</summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, byte[]? stdin = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        psi.Environment["GIT_TERMINAL_PROMPT"] = "0";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in time.");
        }

        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
