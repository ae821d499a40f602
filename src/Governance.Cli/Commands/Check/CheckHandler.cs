using Governance.Cli.Reporting;
using Governance.Core.Decisions;
using Governance.Reporting.Decisions;
using Governance.Workflows.Check;
using Governance.Workflows.GitHub;
using Governance.Workflows.Hosting;

namespace Governance.Cli.Commands.Check;

/// <summary>Runs <c>govern check</c>: the check (<see cref="CheckWorkflow"/>), then the report, report files and GitHub publishing.</summary>
internal sealed class CheckHandler(HostContext context)
{
    /// <summary>Runs the check and returns the exit code.</summary>
    public async Task<int> HandleAsync(CheckOptions options, CancellationToken cancellationToken)
    {
        var result = await new CheckWorkflow(context).RunAsync(options, cancellationToken).ConfigureAwait(false);
        // A decision not recorded is a dry run: every format says which time it holds for.
        var report = new CheckReport(result.Decision, result.Receipt, options.Explain) { AsOf = result.AsOf, Notices = result.Notices };
        var rendered = Reporters.For(options.Format).Render(report);
        ReportOutput.Write(context, rendered);
        if (options.OutputFile is { } file)
        {
            await File.WriteAllTextAsync(context.Resolve(file), rendered, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (format, path) in options.ExtraReports)
        {
            await File.WriteAllTextAsync(context.Resolve(path), Reporters.For(format).Render(report with { Explain = false }), cancellationToken).ConfigureAwait(false);
        }

        if (result.GitHub is not null || string.Equals(context.Env("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            await PublishAsync(options, report, result, cancellationToken).ConfigureAwait(false);
        }

        return result.Decision.Verdict == Verdict.Allow || !options.FailOnDeny ? ExitCodes.Allow : ExitCodes.Deny;
    }

    // Its own method: only here do GitHub types appear, so a check that never asks GitHub never loads its library.
    private Task PublishAsync(CheckOptions options, CheckReport report, CheckResult result, CancellationToken cancellationToken) =>
        GitHubPublisher.PublishAsync(context, options, report, result.GitHubRun, cancellationToken);
}
