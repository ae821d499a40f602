namespace Governance.GitHub.Reviews;

/// <summary>The facts about a pull request that approval counting needs.</summary>
/// <param name="Number">The pull request number.</param>
/// <param name="State"><c>open</c> or <c>closed</c>.</param>
/// <param name="HeadSha">The head commit (for a merged PR: the last commit before merging).</param>
/// <param name="Author">The author's login.</param>
/// <param name="MergeCommitSha">The merge (or squash) commit, once merged.</param>
/// <param name="MergedAt">When it was merged, or null.</param>
/// <param name="HtmlUrl">A link to the pull request.</param>
public sealed record PullRequestSummary(
    int Number,
    string State,
    string HeadSha,
    string Author,
    string? MergeCommitSha,
    DateTimeOffset? MergedAt,
    string? HtmlUrl);
