using Governance.Workflows.Hosting;
using Governance.Events.Trust;
using Governance.Ledger.Trust;
using Governance.Ledger.Writing;
using Governance.Policies.Trust;

namespace Governance.Workflows.Recording;

/// <summary>Reads <c>.governance/principals.yaml</c> (<see cref="PrincipalsReader"/>); a bad file is an error (exit 2) that names its place.</summary>
internal static class PrincipalsFile
{
    /// <summary>Parses the file; <paramref name="source"/> names it in errors.</summary>
    public static PrincipalDirectory Parse(string text, string source)
    {
        try
        {
            return PrincipalsReader.Parse(text, source);
        }
        catch (FormatException ex)
        {
            throw new WorkflowException(ex.Message);
        }
    }

    /// <summary>Loads the ledger trust of <paramref name="target"/> (<see cref="TrustLoader"/>), reading principals.yaml with <see cref="Parse"/>.</summary>
    public static LedgerTrust LoadTrust(LedgerTarget target) => TrustLoader.Load(target, Parse);
}
