namespace Governance.Core.Decisions;

/// <summary>What happened to one rule.</summary>
public enum RuleOutcome
{
    /// <summary>The requirement holds.</summary>
    Pass,

    /// <summary>The requirement does not hold.</summary>
    Fail,

    /// <summary>It failed, but a valid waiver covers it.</summary>
    Waived,

    /// <summary>Its <c>when</c> condition was false, or it did not apply.</summary>
    Skipped,

    /// <summary>It could not be evaluated; denies under <c>enforce</c> (fail closed).</summary>
    Error,
}
