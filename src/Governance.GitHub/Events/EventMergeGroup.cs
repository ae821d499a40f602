namespace Governance.GitHub.Events;

/// <summary>The merge-queue group a <c>merge_group</c> event checks.</summary>
/// <param name="HeadSha">The speculative merge commit being checked.</param>
/// <param name="HeadRef">The temporary queue branch.</param>
/// <param name="BaseSha">The base commit.</param>
/// <param name="BaseRef">The target branch.</param>
/// <param name="PullRequestNumber">The queued pull request, from the queue branch name (<c>…/pr-104-…</c>), if present.</param>
public sealed record EventMergeGroup(string HeadSha, string HeadRef, string BaseSha, string BaseRef, int? PullRequestNumber);
