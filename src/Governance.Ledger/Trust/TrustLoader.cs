using Governance.Events.Trust;
using Governance.Ledger.Writing;

namespace Governance.Ledger.Trust;

/// <summary>Loads trusted signers and principals from the trusted ref (never the change being gated), or from explicit files.</summary>
public static class TrustLoader
{
    /// <summary>The allowed_signers path inside the repository.</summary>
    public const string AllowedSignersPath = ".governance/allowed_signers";

    /// <summary>The principals path inside the repository.</summary>
    public const string PrincipalsPath = ".governance/principals.yaml";

    /// <summary>Loads the trust for a target; throws <see cref="LedgerWriteException"/> with what to do when there is none.</summary>
    /// <param name="target">The repository and trust sources.</param>
    /// <param name="parsePrincipals">
    /// Parses principals.yaml text (named by its second argument in errors) into the directory; the host supplies it so
    /// this library stays free of YAML.
    /// </param>
    public static LedgerTrust Load(LedgerTarget target, Func<string, string, PrincipalDirectory> parsePrincipals)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(parsePrincipals);
        var trustRef = target.AllowedSignersFile is null || target.PrincipalsFile is null ? target.TrustRef ?? TrustedRefReader.DefaultRef(target.Repository) : null;
        string signersText, source;
        if (target.AllowedSignersFile is { } file)
        {
            signersText = File.Exists(file) ? File.ReadAllText(file) : throw new LedgerWriteException($"{file}: allowed signers file not found");
            source = file;
        }
        else
        {
            signersText = TrustedRefReader.Show(target.Repository, trustRef!, AllowedSignersPath)
                ?? throw new LedgerWriteException($"no trusted signers: {AllowedSignersPath} is not on {trustRef}; commit it to the default branch, or pass --trust-ref or --allowed-signers");
            source = $"{trustRef}:{AllowedSignersPath}";
        }

        var principals = target.PrincipalsFile is { } principalsFile
            ? parsePrincipals(File.Exists(principalsFile) ? File.ReadAllText(principalsFile) : throw new LedgerWriteException($"{principalsFile}: principals file not found"), principalsFile)
            : TrustedRefReader.Show(target.Repository, trustRef!, PrincipalsPath) is { } text ? parsePrincipals(text, $"{trustRef}:{PrincipalsPath}") : PrincipalDirectory.Empty;
        // Roles come from principals.yaml only: a key writes ledger commits only if its principal is `recorder: true`.
        var store = TrustStore.Parse(signersText).WithRecorders(principals.Recorders);
        return store.Signers.Count == 0 ? throw new LedgerWriteException($"{source}: no signers listed") : new LedgerTrust(store, principals, source);
    }
}
