using Governance.Audit.Trail;
using Governance.Ledger.Signing;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Audit.Report;

/// <summary>Who signed a person's record: the trusted principal and key fingerprint whose DSSE signature verifies.</summary>
public static class EnvelopeSigner
{
    /// <summary>The principal and fingerprint, or null when no trusted attestation key signed the envelope.</summary>
    public static (string Principal, string Fingerprint)? Of(StoredEntry stored, AuditTrust trust)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(trust);
        if (stored.Envelope is not { } bytes)
        {
            return null;
        }

        try
        {
            var envelope = DsseEnvelope.Parse(bytes.Span);
            var time = stored.Entry.Time;
            foreach (var key in Dsse.VerifiedKeys(envelope, trust.Store.KeysFor(TrustStore.AttestationNamespace, time)))
            {
                if (trust.Store.FindPrincipals(key, TrustStore.AttestationNamespace, time) is { Count: > 0 } names)
                {
                    return (names[0], key.Fingerprint);
                }
            }
        }
        catch (FormatException)
        {
        }

        return null;
    }
}
