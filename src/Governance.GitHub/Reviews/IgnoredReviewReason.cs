namespace Governance.GitHub.Reviews;

/// <summary>Why a reviewer's review does not count.</summary>
public enum IgnoredReviewReason
{
    /// <summary>The approval was given on an older commit than the subject.</summary>
    Stale,

    /// <summary>The review was dismissed.</summary>
    Dismissed,

    /// <summary>The reviewer wrote the pull request.</summary>
    Author,

    /// <summary>The reviewer runs the deployment.</summary>
    Deployer,

    /// <summary>The reviewer is in none of the required teams or users.</summary>
    NotAMember,

    /// <summary>The reviewer's latest decisive review requests changes (superseding any approval).</summary>
    ChangesRequested,

    /// <summary>The reviewer only commented.</summary>
    NotDecisive,
}
