using Governance.Core.Evidence;
using Governance.GitHub.Reviews;
using Governance.GitHub.Teams;

namespace Governance.GitHub.Evidence;

/// <summary>Maps GitHub approvals to Core evidence with source <c>github</c>.</summary>
public static class ApprovalRecords
{
    /// <summary>
    /// One record per counted approval. A review of the subject commit, or of the head of the pull request that
    /// brought the subject commit in, is bound to the subject commit; any other review keeps its own commit and is
    /// marked stale, so it counts only where a rule says <c>allowStale: true</c>.
    /// </summary>
    /// <param name="facts">What the collector found.</param>
    /// <param name="policyTeams">The teams as the policies spell them, so verified teams match them exactly.</param>
    public static IReadOnlyList<ApprovalRecord> From(ApprovalFacts facts, IReadOnlyList<string> policyTeams)
    {
        var records = new List<ApprovalRecord>(facts.Approvals.Count);
        foreach (var approval in facts.Approvals)
        {
            if (approval.SubmittedAt is not { } time)
            {
                continue;
            }

            var bound = !IsStale(approval, facts);
            var reference = approval.HtmlUrl ?? $"github:review/{approval.ReviewId}";
            records.Add(new ApprovalRecord(
                approval.Reviewer,
                Spelled(approval.Teams, policyTeams),
                Digest: null,
                bound ? facts.SubjectSha : approval.CommitSha,
                time,
                ApprovalState.Approved,
                new EvidenceOrigin(EvidenceSource.GitHub, reference))
            {
                IsStale = !bound,
            });
        }

        return records;
    }

    /// <summary>True when the review is of neither the subject commit nor the head of the pull request that brought it in.</summary>
    public static bool IsStale(GitHubApproval approval, ApprovalFacts facts) =>
        !Same(approval.CommitSha, facts.SubjectSha) && !Same(approval.CommitSha, facts.PullRequest?.HeadSha);

    private static List<string> Spelled(IReadOnlyList<TeamName> verified, IReadOnlyList<string> policyTeams) =>
        [.. policyTeams.Where(t => TeamName.TryParse(t, out var name) && verified.Any(v => Same(v.ToString(), name.ToString())))
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
