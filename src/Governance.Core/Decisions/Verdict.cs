namespace Governance.Core.Decisions;

/// <summary>The gate's answer.</summary>
public enum Verdict
{
    /// <summary>Every enforced rule passed, was waived or was skipped.</summary>
    Allow,

    /// <summary>At least one enforced rule failed or errored.</summary>
    Deny,
}
