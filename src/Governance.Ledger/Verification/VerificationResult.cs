using Governance.Ledger.Checkpoints;

namespace Governance.Ledger.Verification;

/// <summary>The outcome of verifying a ledger: a value, never an exception.</summary>
public abstract record VerificationResult
{
    private VerificationResult()
    {
    }

    /// <summary>Every check passed: <paramref name="Size"/> entries, ending at <paramref name="Head"/> (null when empty).</summary>
    public sealed record Intact(long Size, Checkpoint? Head) : VerificationResult;

    /// <summary>Tampering or untrusted content at entry <paramref name="Seq"/> (exit code 1).</summary>
    public sealed record Tampered(long Seq, TamperKind Kind, string Message) : VerificationResult;

    /// <summary>Verification could not be carried out (exit code 2).</summary>
    public sealed record CouldNotVerify(string Message) : VerificationResult;

    /// <summary>The CLI exit code: 0 intact, 1 tampered, 2 could not verify.</summary>
    public int ExitCode => this switch
    {
        Intact => 0,
        Tampered => 1,
        _ => 2,
    };
}
