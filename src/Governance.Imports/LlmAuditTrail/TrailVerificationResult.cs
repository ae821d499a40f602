namespace Governance.Imports.LlmAuditTrail;

/// <summary>The outcome of verifying an llm-audit-trail: <see cref="TrailIntact"/> or <see cref="TrailFailed"/>.</summary>
public abstract record TrailVerificationResult
{
    private protected TrailVerificationResult()
    {
    }

    /// <summary>True when the whole trail verified.</summary>
    public abstract bool IsIntact { get; }
}
