namespace Governance.Audit.Proofs;

/// <summary>The outcome of <see cref="ProofVerifier.Check"/>.</summary>
/// <param name="Problem">Why the proof does not hold, or null when it does.</param>
/// <param name="Summary">What the proof shows (and what was not checked).</param>
public sealed record ProofCheck(string? Problem, string Summary)
{
    /// <summary>True when the proof holds.</summary>
    public bool IsValid => Problem is null;
}
