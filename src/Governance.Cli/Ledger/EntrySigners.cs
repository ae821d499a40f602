using Governance.Ledger.Signing;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Cli.Ledger;

/// <summary>Resolves who signed an entry — the commit's recorder and the DSSE envelope's signer — through the trust store only.</summary>
internal static class EntrySigners
{
    /// <summary>The recorder principal whose trusted key signed the commit, or null.</summary>
    public static string? Recorder(StoredEntry stored, LedgerTrust trust) =>
        stored.CommitKey is { } claimed && trust.Signers.Resolve(claimed) is { } key
            ? trust.PrincipalOf(key, TrustStore.GitNamespace, stored.Entry.Time)
            : null;

    /// <summary>The principal whose trusted key signed the entry's DSSE envelope, or null.</summary>
    public static string? EnvelopeSigner(StoredEntry stored, LedgerTrust trust)
    {
        if (stored.Envelope is not { } bytes)
        {
            return null;
        }

        try
        {
            var envelope = DsseEnvelope.Parse(bytes.Span);
            foreach (var key in Dsse.VerifiedKeys(envelope, trust.Signers.KeysFor(TrustStore.AttestationNamespace, stored.Entry.Time)))
            {
                if (trust.PrincipalOf(key, TrustStore.AttestationNamespace, stored.Entry.Time) is { } principal)
                {
                    return principal;
                }
            }
        }
        catch (FormatException)
        {
        }

        return null;
    }
}
