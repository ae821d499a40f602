using Governance.Imports.LlmAuditTrail;
using Governance.Ledger.Storage;

namespace Governance.Workflows.Imports;

/// <summary>What an llm-audit-trail import did.</summary>
/// <param name="Verification">The trail's verification: <see cref="TrailIntact"/>, or <see cref="TrailFailed"/> (nothing imported).</param>
/// <param name="AlgorithmName">The chain algorithm the trail was verified with.</param>
/// <param name="Anchored">True when an anchor was given and matched.</param>
public sealed record TrailImportResult(TrailVerificationResult Verification, string AlgorithmName, bool Anchored)
{
    /// <summary>The failure, when the trail did not verify.</summary>
    public TrailFailed? Failed => Verification as TrailFailed;

    /// <summary>What was imported, or null when nothing was new.</summary>
    public TrailImportPlan? Plan { get; init; }

    /// <summary>The appended entries (the events, then <c>trail.imported</c>), empty when nothing was new.</summary>
    public IReadOnlyList<AppendedEntry> Appended { get; init; } = [];
}
