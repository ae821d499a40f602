namespace Governance.GitHub.Evidence;

/// <summary>Why a check asks GitHub: decides who counts as a deployer and whether a missing event or token is an error.</summary>
public enum GitHubEvidenceMode
{
    /// <summary><c>--github</c>: also count pull-request approvals; outside Actions or without a token, warn and collect none.</summary>
    Approvals,

    /// <summary>Pull-request mode: nobody deploys; a missing event or token is an error.</summary>
    PullRequest,

    /// <summary>A deployment protection rule: the deployment's creator and the event's sender deploy; a missing event or token is an error.</summary>
    ProtectionRule,
}
