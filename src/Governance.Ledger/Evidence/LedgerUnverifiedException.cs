using Governance.Ledger.Verification;

namespace Governance.Ledger.Evidence;

/// <summary>The ledger failed verification or could not be verified, so none of its evidence may be used (fail closed).</summary>
public sealed class LedgerUnverifiedException : Exception
{
    /// <summary>Creates the exception for a failed verification.</summary>
    public LedgerUnverifiedException(VerificationResult result)
        : base(Describe(result)) => Result = result;

    /// <summary>Creates the exception with a message.</summary>
    public LedgerUnverifiedException()
        : this(new VerificationResult.CouldNotVerify("the ledger could not be verified"))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LedgerUnverifiedException(string message)
        : this(new VerificationResult.CouldNotVerify(message))
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public LedgerUnverifiedException(string message, Exception innerException)
        : base(message, innerException) => Result = new VerificationResult.CouldNotVerify(message);

    /// <summary>What verification found: <see cref="VerificationResult.Tampered"/> or <see cref="VerificationResult.CouldNotVerify"/>.</summary>
    public VerificationResult Result { get; }

    private static string Describe(VerificationResult result) => result switch
    {
        VerificationResult.Tampered t => $"the ledger failed verification at entry {t.Seq} ({t.Kind}): {t.Message}",
        VerificationResult.CouldNotVerify c => $"the ledger could not be verified: {c.Message}",
        _ => "the ledger could not be verified",
    };
}
