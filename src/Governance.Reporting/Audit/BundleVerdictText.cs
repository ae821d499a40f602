using Governance.Audit.Bundles;

namespace Governance.Reporting.Audit;

/// <summary>How <c>govern audit verify-bundle</c> and <c>audit link</c> state a bundle's verdict.</summary>
public static class BundleVerdictText
{
    /// <summary>Intact to <paramref name="output"/> (with signers and digest), a failure to <paramref name="output"/>, unreadable to <paramref name="error"/>.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="verdict">The verdict (its exit code decides where it goes).</param>
    public static void Write(TextWriter output, TextWriter error, BundleVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(verdict);
        switch (verdict.ExitCode)
        {
            case 0:
                output.WriteLine(verdict.Message);
                output.WriteLine($"signers: {string.Join(", ", verdict.Signers)}; bundle {verdict.Digest}");
                break;
            case 1:
                output.WriteLine("FAILED: " + verdict.Message);
                break;
            default:
                error.WriteLine("govern: " + verdict.Message);
                break;
        }
    }
}
