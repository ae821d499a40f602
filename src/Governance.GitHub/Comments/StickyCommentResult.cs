namespace Governance.GitHub.Comments;

/// <summary>The sticky comment after publishing.</summary>
/// <param name="CommentId">The comment id.</param>
/// <param name="Outcome">Whether it was created, updated or left alone.</param>
/// <param name="HtmlUrl">A link to the comment.</param>
public sealed record StickyCommentResult(long CommentId, StickyCommentOutcome Outcome, string? HtmlUrl);
