using Governance.Workflows.Hosting;
using System.CommandLine;
using Governance.Cli.Reporting;

namespace Governance.Cli.Hosting;

/// <summary>
/// The composition root of <c>govern</c>: builds the command tree for a context, parses, runs the chosen verb's
/// handler with a cancellation token (Ctrl-C cancels GitHub calls and git child processes), and applies the error
/// policy: usage and input errors exit 2 without a stack trace.
/// </summary>
internal static class GovernHost
{
    /// <summary>Runs the tool with the given arguments and context; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, HostContext context, CancellationToken cancellationToken)
    {
        var verbose = CommandTree.Verbose();
        var parse = CommandTree.Build(context, verbose).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"govern: {error.Message}");
            }

            context.Error.WriteLine("Run 'govern --help' for usage.");
            return ExitCodes.NoDecision;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (!string.Equals(context.Env("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return ErrorReport.Write(context.Error, ex, parse.GetValue(verbose));
            }

            // The runner reads stderr for workflow commands too, and error messages quote input files.
            using var buffer = new StringWriter();
            var code = ErrorReport.Write(buffer, ex, parse.GetValue(verbose));
            context.Error.Write(ReportOutput.Fence(buffer.ToString(), ReportOutput.NewToken));
            return code;
        }
    }
}
