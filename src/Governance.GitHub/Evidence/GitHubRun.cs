using Governance.GitHub.Events;
using Governance.GitHub.Reviews;

namespace Governance.GitHub.Evidence;

/// <summary>What the GitHub evidence step learned, for the publisher that runs after the decision.</summary>
/// <param name="Event">The event the run is for.</param>
/// <param name="SubjectSha">The subject commit: <c>--commit</c>, else the PR head or deployed commit.</param>
/// <param name="Facts">The approvals and the reviews that did not count; null when no policy asks for approvals.</param>
public sealed record GitHubRun(GitHubEvent Event, string SubjectSha, ApprovalFacts? Facts)
{
    /// <summary>The pull request the approvals came from (or the event's), if any.</summary>
    public int? PullRequestNumber => Facts?.PullRequest?.Number ?? Event.PullRequest?.Number;
}
