using Governance.Audit.Trail;
using Governance.Ledger.Verification;

namespace Governance.Reporting.Audit;

/// <summary>How <c>govern audit verify</c>, <c>report</c> and <c>export</c> state a ledger verification.</summary>
public static class VerificationText
{
    /// <summary>
    /// Writes the verdict: intact (with size, root and where the signers came from) and tampered to
    /// <paramref name="output"/>, could-not-verify to <paramref name="error"/>.
    /// </summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="result">The verification result.</param>
    /// <param name="signersSource">Where the trusted signers were read (a file or <c>ref:path</c>).</param>
    /// <param name="againstCheckpoint">Whether a trusted checkpoint was checked too.</param>
    public static void Write(TextWriter output, TextWriter error, VerificationResult result, string signersSource, bool againstCheckpoint)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        switch (result)
        {
            case VerificationResult.Intact intact:
                output.WriteLine(intact.Head is { } head
                    ? $"intact: {intact.Size} entries, root {Convert.ToHexStringLower(head.RootHash.Span)} ({head.Origin}); signers from {signersSource}"
                    : "intact: the ledger is empty");
                if (againstCheckpoint)
                {
                    output.WriteLine("consistent with the trusted checkpoint");
                }

                break;
            case VerificationResult.Tampered tampered:
                output.WriteLine(Tampered(tampered));
                break;
            case VerificationResult.CouldNotVerify failed:
                error.WriteLine($"govern: could not verify: {failed.Message}");
                break;
        }
    }

    /// <summary><c>TAMPERED at entry 7: time-backwards: …</c>.</summary>
    public static string Tampered(VerificationResult.Tampered tampered)
    {
        ArgumentNullException.ThrowIfNull(tampered);
        return $"TAMPERED at entry {tampered.Seq}: {TrailVerification.KindName(tampered.Kind)}: {tampered.Message}";
    }

    /// <summary>The verdict in a word or three: <c>intact</c>, <c>TAMPERED at entry 7</c>, <c>could not verify</c>.</summary>
    public static string Word(VerificationResult? result) => result switch
    {
        VerificationResult.Intact => "intact",
        VerificationResult.Tampered t => $"TAMPERED at entry {t.Seq}",
        _ => "could not verify",
    };
}
