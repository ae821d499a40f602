namespace Governance.Imports.LlmAuditTrail;

/// <summary>Every record verified (and the anchor, when one was given).</summary>
/// <param name="Records">How many records (non-blank lines) the trail holds.</param>
/// <param name="Head">The last record, or <c>null</c> for an empty trail.</param>
public sealed record TrailIntact(long Records, TrailHead? Head) : TrailVerificationResult
{
    /// <inheritdoc />
    public override bool IsIntact => true;
}
