namespace Governance.GitHub.Comments;

/// <summary>What publishing the sticky comment did.</summary>
public enum StickyCommentOutcome
{
    /// <summary>No marked comment existed; one was created.</summary>
    Created,

    /// <summary>The marked comment was edited.</summary>
    Updated,

    /// <summary>The marked comment already had this body; nothing was sent.</summary>
    Unchanged,
}
