namespace Governance.GitHub.Reviews;

/// <summary>One review of a pull request.</summary>
/// <param name="Id">The review id.</param>
/// <param name="Reviewer">The reviewer's login (empty for a deleted user, "ghost").</param>
/// <param name="State">The review state.</param>
/// <param name="CommitId">The commit the review was submitted against.</param>
/// <param name="SubmittedAt">When it was submitted (null while pending).</param>
/// <param name="HtmlUrl">A link to the review.</param>
public sealed record PullRequestReview(
    long Id,
    string Reviewer,
    ReviewState State,
    string? CommitId,
    DateTimeOffset? SubmittedAt,
    string? HtmlUrl)
{
    /// <summary>Maps GitHub's upper-case state name (e.g. <c>CHANGES_REQUESTED</c>) to <see cref="ReviewState"/>.</summary>
    /// <param name="state">The state text; case-insensitive (webhook payloads use lower case).</param>
    public static ReviewState ParseState(string? state) => state?.ToUpperInvariant() switch
    {
        "APPROVED" => ReviewState.Approved,
        "CHANGES_REQUESTED" => ReviewState.ChangesRequested,
        "COMMENTED" => ReviewState.Commented,
        "DISMISSED" => ReviewState.Dismissed,
        "PENDING" => ReviewState.Pending,
        _ => ReviewState.Unknown,
    };
}
