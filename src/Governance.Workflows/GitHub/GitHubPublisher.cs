using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using Governance.GitHub.Actions;
using Governance.GitHub.Evidence;
using Governance.Reporting.Decisions;
using Governance.Reporting.Text;

namespace Governance.Workflows.GitHub;

/// <summary>
/// After a check: on Actions, the step outputs, the step summary and annotations at each failing rule's policy
/// line; then, in pull-request mode, commit statuses and the sticky comment, and for a protection rule, the
/// verdict. Outside Actions and without those modes it does nothing.
/// </summary>
public static class GitHubPublisher
{
    /// <summary>GitHub shows at most this many annotations of each kind per step; the summary lists all.</summary>
    public const int MaxAnnotations = 10;

    /// <summary>Publishes the report; <paramref name="run"/> is what the GitHub evidence source returned beside its evidence, if it was asked.</summary>
    /// <param name="context">The host: environment (Actions variables, token), output for workflow commands, clock.</param>
    /// <param name="options">The check's options (pull-request or protection-rule mode).</param>
    /// <param name="report">The rendered decision.</param>
    /// <param name="run">The GitHub run facts, or null when GitHub was not asked or found nothing to gate.</param>
    /// <param name="cancellationToken">Cancels the GitHub calls.</param>
    public static async Task PublishAsync(HostContext context, CheckOptions options, CheckReport report, GitHubRun? run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        var environment = new GitHubActionsEnvironment(context.Env);
        var actions = new GitHubActionsRuntime(environment, context.Output);
        if (actions.IsEnabled)
        {
            actions.AddMask(GitHubCalls.Token(context) ?? "");
            var summary = StepSummary.Render(report, run);
            actions.AppendSummary(summary);
            Annotate(actions, environment, report);
            var decision = report.Decision;
            actions.SetOutput("decision", OutcomeText.Of(decision.Verdict));
            actions.SetOutput("ledger-seq", report.Ledger?.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
            actions.SetOutput("ledger-commit", report.Ledger?.Commit ?? "");
            actions.SetOutput("summary-path", WriteSummaryFile(environment, summary));
        }

        if (run is null)
        {
            return;
        }

        if (options.PullRequest)
        {
            await PullRequestReporter.PublishAsync(context, environment, report, run, cancellationToken).ConfigureAwait(false);
        }

        if (options.ProtectionRule)
        {
            await ProtectionRuleReporter.PublishAsync(context, environment, report, run, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Annotate(GitHubActionsRuntime actions, GitHubActionsEnvironment environment, CheckReport report)
    {
        var errors = 0;
        var warnings = 0;
        foreach (var rule in report.Decision.Rules.Where(r => r.Outcome is Core.Decisions.RuleOutcome.Fail or Core.Decisions.RuleOutcome.Error))
        {
            var location = rule.Rule.Location;
            var where = new AnnotationProperties(
                File: RelativeTo(environment.Workspace, location.File),
                Line: location.Line > 0 ? location.Line : null,
                Column: location.Column > 0 ? location.Column : null,
                Title: $"{rule.Policy}/{rule.Id}: {OutcomeText.Of(rule.Outcome)}");
            var message = rule.Remedy is { } remedy ? $"{rule.Message}. Needs: {remedy}" : rule.Message;
            if (rule.Blocks && errors++ < MaxAnnotations)
            {
                actions.Error(message, where);
            }
            else if (!rule.Blocks && warnings++ < MaxAnnotations)
            {
                actions.Warning(message + " (audit mode: does not block)", where);
            }
        }
    }

    private static string RelativeTo(string? workspace, string file)
    {
        var path = workspace is not null && Path.IsPathRooted(file) ? Path.GetRelativePath(workspace, file) : file;
        return path.Replace('\\', '/');
    }

    private static string WriteSummaryFile(GitHubActionsEnvironment environment, string summary)
    {
        var directory = Path.Combine(environment.RunnerTemp ?? Path.GetTempPath(), "governance");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"summary-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, summary, new System.Text.UTF8Encoding(false));
        return path;
    }
}
