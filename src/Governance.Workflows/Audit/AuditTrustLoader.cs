using Governance.Workflows;
using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Text;
using Governance.Audit.Trail;
using Governance.Ledger.Trust;
using Governance.Ledger.Writing;

namespace Governance.Workflows.Audit;

/// <summary>
/// Loads the trust files as text with the commit of the trusted ref they were read at (what a bundle records). The
/// same sources and errors as <see cref="TrustLoader"/>, which is called first so every check it makes still applies.
/// </summary>
internal static class AuditTrustLoader
{
    /// <summary>Loads the trust of <paramref name="target"/>.</summary>
    public static AuditTrust Load(LedgerTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var loaded = PrincipalsFile.LoadTrust(target);
        string? commit = null;
        if (target.AllowedSignersFile is null || target.PrincipalsFile is null)
        {
            var trustRef = loaded.Source.EndsWith(":" + TrustLoader.AllowedSignersPath, StringComparison.Ordinal)
                ? loaded.Source[..^(TrustLoader.AllowedSignersPath.Length + 1)]
                : target.TrustRef ?? "HEAD";
            commit = GitCli.RunText(target.Repository, "rev-parse", "--verify", "--end-of-options", trustRef + "^{commit}");
        }

        var signers = target.AllowedSignersFile is { } file ? File.ReadAllText(file) : Show(target.Repository, commit!, TrustLoader.AllowedSignersPath) ?? "";
        var principals = target.PrincipalsFile is { } p ? File.ReadAllText(p) : commit is null ? null : Show(target.Repository, commit, TrustLoader.PrincipalsPath);
        return new AuditTrust(signers, principals, loaded.Source, commit, loaded.Principals.Recorders);
    }

    private static string? Show(string repository, string commit, string path)
    {
        try
        {
            return Encoding.UTF8.GetString(GitCli.Run(repository, TimeSpan.FromSeconds(30), "show", $"{commit}:{path}"));
        }
        catch (WorkflowException)
        {
            return null;
        }
    }
}
