using Governance.Workflows.GitHub;
using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using Governance.Cli.Check;
using Governance.Cli.Infrastructure;
using Governance.Core.Evidence;
using Governance.GitHub.Actions;
using Governance.GitHub.Evidence;
using Governance.Reporting.Decisions;
using Governance.Reporting.Text;

namespace Governance.Cli.GitHub;

/// <summary>
/// After a check: on Actions, the step outputs, the step summary and annotations at each failing rule's policy
/// line; then, in pull-request mode, commit statuses and the sticky comment, and for a protection rule, the
/// verdict. Outside Actions and without those modes it does nothing.
/// </summary>
internal static class GitHubPublisher
{
    /// <summary>GitHub shows at most this many annotations of each kind per step; the summary lists all.</summary>
    public const int MaxAnnotations = 10;

    /// <summary>Publishes the report; <paramref name="gitHub"/> is what the GitHub evidence source returned, if it was asked.</summary>
    public static async Task PublishAsync(HostContext context, CheckOptions options, CheckReport report, EvidenceBatch? gitHub, CancellationToken cancellationToken)
    {
        var run = GitHubEvidence.RunOf(gitHub);
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
