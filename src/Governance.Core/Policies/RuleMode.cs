namespace Governance.Core.Policies;

/// <summary>Whether a rule blocks a deployment or only reports.</summary>
public enum RuleMode
{
    /// <summary>A failing or erroring rule denies (the default).</summary>
    Enforce,

    /// <summary>The outcome is reported but never blocks.</summary>
    Audit,
}
