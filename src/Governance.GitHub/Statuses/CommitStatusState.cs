namespace Governance.GitHub.Statuses;

/// <summary>The state of a commit status.</summary>
public enum CommitStatusState
{
    /// <summary>The check could not run.</summary>
    Error,

    /// <summary>The check failed (a deny).</summary>
    Failure,

    /// <summary>The check is running or awaits approvals.</summary>
    Pending,

    /// <summary>The check passed (an allow).</summary>
    Success,
}
