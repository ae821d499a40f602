namespace Governance.GitHub.Deployments;

/// <summary>The verdict a custom deployment protection rule reports.</summary>
public enum ProtectionRuleState
{
    /// <summary>Let the deployment proceed.</summary>
    Approved,

    /// <summary>Stop the deployment.</summary>
    Rejected,
}
