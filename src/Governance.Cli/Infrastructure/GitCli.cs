using Governance.Workflows.Hosting;
using System.Diagnostics;
using System.Text;

namespace Governance.Cli.Infrastructure;

/// <summary>Runs the git command line (which honours the runner's credentials) with a timeout; cancelling kills git.</summary>
internal static class GitCli
{
    /// <summary>Runs git and returns its standard output bytes; throws <see cref="WorkflowException"/> when it fails.</summary>
    public static byte[] Run(string repository, TimeSpan timeout, params string[] args) =>
        RunAsync(repository, timeout, CancellationToken.None, args).GetAwaiter().GetResult();

    /// <summary>Runs git and returns its standard output as trimmed UTF-8 text.</summary>
    public static string RunText(string repository, params string[] args) =>
        Encoding.UTF8.GetString(Run(repository, TimeSpan.FromSeconds(60), args)).Trim();

    /// <summary>Runs git and returns its standard output as trimmed UTF-8 text; cancelling kills git.</summary>
    public static async Task<string> RunTextAsync(string repository, CancellationToken cancellationToken, params string[] args) =>
        Encoding.UTF8.GetString(await RunAsync(repository, TimeSpan.FromSeconds(60), cancellationToken, args).ConfigureAwait(false)).Trim();

    /// <summary>Runs git and returns its standard output bytes; cancelling (or the timeout) kills git.</summary>
    public static async Task<byte[]> RunAsync(string repository, TimeSpan timeout, CancellationToken cancellationToken, params string[] args)
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
        // Read objects as they are: a pushed refs/replace/* ref must not change what a trusted ref's tree says.
        start.Environment["GIT_NO_REPLACE_OBJECTS"] = "1";
        using var process = Process.Start(start) ?? throw new WorkflowException("could not start git; is it installed?");
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
            throw new WorkflowException($"git {args[0]} did not finish within {timeout.TotalSeconds:0} s");
        }

        await copy.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new WorkflowException($"git {string.Join(' ', args)} failed: {(await error.ConfigureAwait(false)).Trim()}");
        }

        return output.ToArray();
    }
}
