using Governance.Workflows.Hosting;
using System.Text;
using Governance.Core.Decisions;
using Governance.GitHub.Actions;
using Governance.GitHub.Deployments;
using Governance.GitHub.Evidence;
using Governance.Reporting.Decisions;

namespace Governance.Workflows.GitHub;

/// <summary>Answers a custom deployment protection rule: approved on allow, rejected on deny, with why.</summary>
internal static class ProtectionRuleReporter
{
    /// <summary>Posts the verdict to the run's protection-rule callback (on the configured API host).</summary>
    public static async Task PublishAsync(HostContext context, GitHubActionsEnvironment environment, CheckReport report, GitHubRun run, CancellationToken cancellationToken)
    {
        var rule = run.Event.ProtectionRule
            ?? throw new WorkflowException($"expected a deployment_protection_rule event, got {run.Event.Name}");
        var runId = rule.RunId
            ?? throw new WorkflowException($"deployment_callback_url '{rule.CallbackUrl}' names no workflow run");
        var review = Review(report, rule.Environment, environment.RunUrl?.ToString());
        using var api = GitHubCalls.Open(context);
        await GitHubCalls.Run(async () =>
        {
            await api.Client.ReviewDeploymentProtectionRuleAsync(run.Event.Repository, runId, review, cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        context.Error.WriteLine($"govern: deployment to {rule.Environment} {review.State.ToString().ToLowerInvariant()} (run {runId})");
    }

    /// <summary>The review for a decision: the verdict, and the unmet rules with what would satisfy them.</summary>
    public static ProtectionRuleReview Review(CheckReport report, string environmentName, string? detailsUrl)
    {
        var decision = report.Decision;
        var text = new StringBuilder();
        var blocking = decision.Rules.Where(r => r.Blocks).ToList();
        if (blocking.Count == 0)
        {
            text.Append($"✅ govern: allowed `{decision.Subject.Model}` {decision.Subject.Digest.Short}: {decision.Rules.Count(r => r.Outcome == RuleOutcome.Pass)} rules passed");
        }
        else
        {
            text.Append($"❌ govern: denied `{decision.Subject.Model}` {decision.Subject.Digest.Short}:");
            foreach (var rule in blocking)
            {
                text.Append($"\n- `{rule.Id}`: {rule.Remedy ?? rule.Message}");
            }
        }

        if (report.Ledger is { } ledger)
        {
            text.Append($"\nLedger entry {ledger.Seq}.");
        }

        if (detailsUrl is not null)
        {
            text.Append($"\n{detailsUrl}");
        }

        var state = decision.Verdict == Verdict.Allow ? ProtectionRuleState.Approved : ProtectionRuleState.Rejected;
        return new ProtectionRuleReview(environmentName, state, text.ToString());
    }
}
