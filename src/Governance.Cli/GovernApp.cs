using System.CommandLine;
using Governance.Cli.Authoring;
using Governance.Cli.Check;
using Governance.Cli.Infrastructure;

namespace Governance.Cli;

/// <summary>The <c>govern</c> command tree and its error policy: usage and input errors exit 2 without a stack trace.</summary>
public static class GovernApp
{
    /// <summary>Runs the tool with the given arguments and context; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        Option<bool> verbose = new("--verbose") { Description = "Show stack traces for unexpected errors", Recursive = true };
        var root = new RootCommand("govern: policy gate and signed audit ledger for ML and LLM deployments.\n"
            + "Exit codes: 0 allow (or success), 1 deny (or tampering found), 2 no decision (bad input or failure).")
        {
            verbose,
            CheckCommand.Create(context),
            PolicyCommand.Create(context),
        };
        foreach (var command in CommandRegistry.Extensions(context))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
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
            return parse.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false });
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
            context.Error.Write(Reporting.ReportOutput.Fence(buffer.ToString(), Reporting.ReportOutput.NewToken));
            return code;
        }
    }
}
