namespace Governance.GitHub.Reviews;

/// <summary>The state of a pull-request review as GitHub reports it.</summary>
public enum ReviewState
{
    /// <summary>A state this tool does not know; never counts.</summary>
    Unknown,

    /// <summary><c>APPROVED</c>: the only state that counts as an approval.</summary>
    Approved,

    /// <summary><c>CHANGES_REQUESTED</c>: decisive; cancels the reviewer's earlier approval.</summary>
    ChangesRequested,

    /// <summary><c>COMMENTED</c>: not decisive; leaves an earlier decision standing.</summary>
    Commented,

    /// <summary><c>DISMISSED</c>: withdrawn by a maintainer or by a push; ignored.</summary>
    Dismissed,

    /// <summary><c>PENDING</c>: a draft not yet submitted; ignored.</summary>
    Pending,
}
