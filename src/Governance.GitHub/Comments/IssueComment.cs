namespace Governance.GitHub.Comments;

/// <summary>A comment on an issue or pull request conversation.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="HtmlUrl">A link to the comment.</param>
/// <param name="Author">The author's login.</param>
public sealed record IssueComment(long Id, string Body, string? HtmlUrl, string? Author);
