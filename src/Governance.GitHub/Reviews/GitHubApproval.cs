using Governance.GitHub.Teams;

namespace Governance.GitHub.Reviews;

/// <summary>A pull-request approval that counts for the subject commit.</summary>
/// <param name="Reviewer">The approver's login.</param>
/// <param name="Teams">The asked-for teams the approver is verified to be an active member of.</param>
/// <param name="CommitSha">The commit the approval was given on.</param>
/// <param name="SubmittedAt">When it was given.</param>
/// <param name="State">Always <see cref="ReviewState.Approved"/> today.</param>
/// <param name="ReviewId">The review id.</param>
/// <param name="HtmlUrl">A link to the review.</param>
public sealed record GitHubApproval(
    string Reviewer,
    IReadOnlyList<TeamName> Teams,
    string CommitSha,
    DateTimeOffset? SubmittedAt,
    ReviewState State,
    long ReviewId,
    string? HtmlUrl);
