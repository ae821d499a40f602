using System.Globalization;
using System.Text;
using Governance.Workflows.Hosting;

namespace Governance.Workflows;

/// <summary>
/// The git command line (which honours the runner's credentials) for hosts, through the Ledger's one runner
/// (<c>Governance.Ledger.Storage.GitCli</c>): a timeout, cancelling kills git, and a failure is a
/// <see cref="WorkflowException"/> (exit 2) quoting git's message.
/// </summary>
/// <remarks>In the root namespace so that code under <c>Governance.Workflows.*</c> finds it before the Ledger's runner.</remarks>
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
        (int ExitCode, byte[] StdOut, string StdErr) result;
        try
        {
            result = await Ledger.Storage.GitCli.RunAsync(repository, timeout, cancellationToken, args).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new WorkflowException(string.Create(CultureInfo.InvariantCulture, $"git {args[0]} did not finish within {timeout.TotalSeconds:0} s"));
        }

        return result.ExitCode == 0 ? result.StdOut
            : throw new WorkflowException($"git {string.Join(' ', args)} failed: {result.StdErr.Trim()}");
    }
}
