namespace Governance.Core.Evidence;

/// <summary>The state of one approval or review.</summary>
public enum ApprovalState
{
    /// <summary>Approved: counts when bound to the subject.</summary>
    Approved,

    /// <summary>Changes requested: decisive, supersedes the person's earlier approval.</summary>
    ChangesRequested,

    /// <summary>Revoked (ledger <c>approval.revoked</c>): decisive, supersedes the earlier approval.</summary>
    Revoked,

    /// <summary>Dismissed by a maintainer: cancels the reviewer's earlier approvals (a new approval is needed).</summary>
    Dismissed,

    /// <summary>A comment without a verdict: not decisive.</summary>
    Commented,
}
