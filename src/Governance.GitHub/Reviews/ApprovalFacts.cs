namespace Governance.GitHub.Reviews;

/// <summary>The approvals collected for a subject commit, with the reviews that did not count.</summary>
/// <param name="SubjectSha">The subject commit.</param>
/// <param name="PullRequest">The pull request the approvals come from, or null when none was found.</param>
/// <param name="Approvals">Approvals that count, one per reviewer.</param>
/// <param name="Ignored">Reviewers whose reviews do not count, with reasons.</param>
/// <param name="Notes">Other facts worth telling (e.g. no pull request found, several candidates).</param>
public sealed record ApprovalFacts(
    string SubjectSha,
    PullRequestSummary? PullRequest,
    IReadOnlyList<GitHubApproval> Approvals,
    IReadOnlyList<IgnoredReview> Ignored,
    IReadOnlyList<string> Notes);
