using Governance.Ledger.Checkpoints;
using Governance.Ledger.Verification;

namespace Governance.Audit.Trail;

/// <summary>
/// Runs the ledger verifier <c>govern audit verify</c> uses, through its public API only, so bundles and reports pick
/// up every check the verifier learns.
/// </summary>
public static class TrailVerification
{
    /// <summary>Verifies the ledger of <paramref name="repository"/> under <paramref name="trust"/>.</summary>
    /// <param name="repository">A repository (work tree or bare) holding <c>refs/governance/ledger</c>.</param>
    /// <param name="trust">The trusted signers.</param>
    /// <param name="trustedCheckpointNote">A checkpoint note the auditor trusts, or null.</param>
    public static VerificationResult Verify(string repository, AuditTrust trust, string? trustedCheckpointNote)
    {
        ArgumentNullException.ThrowIfNull(trust);
        var options = new LedgerVerifierOptions(TrustedCheckpointNote: trustedCheckpointNote);
        return new LedgerVerifier(trust.Store, options).Verify(repository);
    }

    /// <summary>Opens a checkpoint note against the trusted keys; null when malformed or signed by none of them.</summary>
    public static Checkpoint? OpenCheckpoint(string note, AuditTrust trust)
    {
        ArgumentNullException.ThrowIfNull(trust);
        try
        {
            var (checkpoint, signer) = CheckpointNote.Open(note, trust.Store.AllKeys());
            return signer is null ? null : checkpoint;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The kebab-case name of a tamper kind (<c>time-backwards</c>).</summary>
    public static string KindName(TamperKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
