using Governance.Workflows.Hosting;
using Governance.Core.Decisions;
using Governance.GitHub.Actions;
using Governance.GitHub.Comments;
using Governance.GitHub.Evidence;
using Governance.GitHub.Statuses;
using Governance.Reporting.Decisions;

namespace Governance.Workflows.GitHub;

/// <summary>Pull-request mode: one <c>governance/&lt;policy&gt;</c> commit status per applicable policy and the sticky comment.</summary>
internal static class PullRequestReporter
{
    /// <summary>Posts the statuses on the subject commit and creates or updates the comment.</summary>
    public static async Task PublishAsync(HostContext context, GitHubActionsEnvironment environment, CheckReport report, GitHubRun run, CancellationToken cancellationToken)
    {
        var repository = run.Event.Repository;
        using var api = GitHubCalls.Open(context);
        foreach (var status in Statuses(report, environment.RunUrl?.ToString()))
        {
            await GitHubCalls.Run(async () =>
            {
                await api.Client.CreateCommitStatusAsync(repository, run.SubjectSha, status, cancellationToken).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
        }

        if (run.PullRequestNumber is not { } number)
        {
            context.Error.WriteLine($"govern: warning: no pull request for commit {ApprovalLog.Short(run.SubjectSha)}; statuses set, no comment written");
            return;
        }

        var body = PullRequestComment.Render(report, run);
        var result = await GitHubCalls.Run(() => new StickyCommentPublisher(api.Client).PublishAsync(repository, number, body, PullRequestComment.Marker(report), cancellationToken)).ConfigureAwait(false);
        context.Error.WriteLine($"govern: pull request #{number} comment {result.Outcome.ToString().ToLowerInvariant()}{(result.HtmlUrl is { } url ? $": {url}" : "")}");
    }

    /// <summary>
    /// One status per applicable policy: success when no enforced rule blocks; pending when only approvals are
    /// missing (reviews can still arrive); failure otherwise.
    /// </summary>
    public static IReadOnlyList<CommitStatus> Statuses(CheckReport report, string? targetUrl)
    {
        var statuses = new List<CommitStatus>();
        foreach (var policy in report.Decision.Policies.Where(p => p.Applies))
        {
            var rules = report.Decision.Rules.Where(r => r.Policy == policy.Name).ToList();
            var blocking = rules.Where(r => r.Blocks).ToList();
            var met = rules.Count(r => r.Outcome is RuleOutcome.Pass or RuleOutcome.Waived or RuleOutcome.Skipped);
            var state = blocking.Count == 0 ? CommitStatusState.Success
                : blocking.All(r => r.Kind == "approvals") ? CommitStatusState.Pending
                : CommitStatusState.Failure;
            var description = blocking.Count == 0
                ? $"{met} of {rules.Count} rules satisfied"
                : $"{met} of {rules.Count} rules satisfied; missing: {string.Join(", ", blocking.Select(r => r.Id))}";
            statuses.Add(CommitStatus.ForPolicy(policy.Name, state, description, targetUrl));
        }

        return statuses;
    }
}
