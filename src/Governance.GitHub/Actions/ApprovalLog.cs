using Governance.Core.Evidence;
using Governance.GitHub.Reviews;

namespace Governance.GitHub.Actions;

/// <summary>Logs, in a collapsed Actions group, which reviews count and why others do not (nothing outside Actions).</summary>
public static class ApprovalLog
{
    /// <summary>Writes the group.</summary>
    public static void Write(GitHubActionsRuntime actions, TextWriter output, ApprovalFacts facts, IReadOnlyList<ApprovalRecord> approvals)
    {
        if (!actions.IsEnabled)
        {
            return;
        }

        var pull = facts.PullRequest is { } pr ? $"pull request #{pr.Number}" : "no pull request";
        using (actions.Group($"GitHub approvals for {Short(facts.SubjectSha)} ({pull})"))
        {
            foreach (var approval in approvals)
            {
                var teams = approval.Teams.Count > 0 ? $" [{string.Join(", ", approval.Teams)}]" : "";
                output.WriteLine(approval.IsStale
                    ? $"stale    {approval.Approver}{teams}: approved older commit {Short(approval.Commit ?? "?")}; counts only where allowStale: true"
                    : $"approved {approval.Approver}{teams}: {approval.Origin.Reference}");
            }

            foreach (var ignored in facts.Ignored)
            {
                output.WriteLine($"ignored  {ignored.Detail}");
            }

            foreach (var note in facts.Notes)
            {
                output.WriteLine($"note     {note}");
            }
        }
    }

    /// <summary>The first 7 characters of a commit id.</summary>
    public static string Short(string sha) => sha.Length > 7 ? sha[..7] : sha;
}
