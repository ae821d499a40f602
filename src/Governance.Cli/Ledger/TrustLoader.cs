using System.Text;
using Governance.Cli.Infrastructure;
using Governance.Events.Trust;
using Governance.Ledger.Trust;
using Governance.Ledger.Writing;

namespace Governance.Cli.Ledger;

/// <summary>Loads trusted signers and principals from the trusted ref (never the change being gated), or from explicit files.</summary>
internal static class TrustLoader
{
    /// <summary>The allowed_signers path inside the repository.</summary>
    public const string AllowedSignersPath = ".governance/allowed_signers";

    /// <summary>The principals path inside the repository.</summary>
    public const string PrincipalsPath = ".governance/principals.yaml";

    /// <summary>Loads the trust for a target; throws <see cref="CliException"/> with what to do when there is none.</summary>
    public static LedgerTrust Load(LedgerTarget target)
    {
        var trustRef = target.AllowedSignersFile is null || target.PrincipalsFile is null ? DefaultRef(target) : null;
        string signersText, source;
        if (target.AllowedSignersFile is { } file)
        {
            signersText = File.Exists(file) ? File.ReadAllText(file) : throw new CliException($"{file}: allowed signers file not found");
            source = file;
        }
        else
        {
            signersText = Show(target.Repository, trustRef!, AllowedSignersPath)
                ?? throw new CliException($"no trusted signers: {AllowedSignersPath} is not on {trustRef}; commit it to the default branch, or pass --trust-ref or --allowed-signers");
            source = $"{trustRef}:{AllowedSignersPath}";
        }

        var principals = target.PrincipalsFile is { } principalsFile
            ? PrincipalsFile.Parse(File.Exists(principalsFile) ? File.ReadAllText(principalsFile) : throw new CliException($"{principalsFile}: principals file not found"), principalsFile)
            : Show(target.Repository, trustRef!, PrincipalsPath) is { } text ? PrincipalsFile.Parse(text, $"{trustRef}:{PrincipalsPath}") : PrincipalDirectory.Empty;
        // Roles come from principals.yaml only: a key writes ledger commits only if its principal is `recorder: true`.
        var store = TrustStore.Parse(signersText).WithRecorders(principals.Recorders);
        return store.Signers.Count == 0 ? throw new CliException($"{source}: no signers listed") : new LedgerTrust(store, principals, source);
    }

    private static string DefaultRef(LedgerTarget target)
    {
        if (target.TrustRef is { } explicitRef)
        {
            return explicitRef;
        }

        try
        {
            var head = GitCli.RunText(target.Repository, "symbolic-ref", "-q", "refs/remotes/origin/HEAD");
            return head.Length > 0 ? head : "HEAD";
        }
        catch (CliException)
        {
            return "HEAD";
        }
    }

    private static string? Show(string repository, string trustRef, string path)
    {
        try
        {
            return Encoding.UTF8.GetString(GitCli.Run(repository, TimeSpan.FromSeconds(30), "show", $"{trustRef}:{path}"));
        }
        catch (CliException)
        {
            return null;
        }
    }
}
