namespace Governance.GitHub.Events;

/// <summary>The pull request an event is about.</summary>
/// <param name="Number">The pull request number.</param>
/// <param name="HeadSha">The head commit: the commit reviews must be bound to.</param>
/// <param name="Author">The author's login (never counts as an approver by default).</param>
/// <param name="HeadRef">The source branch.</param>
/// <param name="BaseRef">The target branch.</param>
/// <param name="State"><c>open</c> or <c>closed</c>.</param>
public sealed record EventPullRequest(int Number, string HeadSha, string Author, string? HeadRef, string? BaseRef, string? State);
