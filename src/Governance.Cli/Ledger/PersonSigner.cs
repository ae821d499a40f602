using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Trust;

namespace Governance.Cli.Ledger;

/// <summary>A person's key and principal: signs bound statements (trust v2) about that person's own decisions.</summary>
public sealed class PersonSigner : IDisposable
{
    private PersonSigner(KeyPair key, string principal)
    {
        Key = key;
        Principal = principal;
    }

    /// <summary>The person's key.</summary>
    public KeyPair Key { get; }

    /// <summary>The principal the key signs statements as (namespace <c>governance-attestation</c>).</summary>
    public string Principal { get; }

    /// <summary>Loads a person key; it must be allowed to sign statements now, or the record would not verify.</summary>
    public static PersonSigner Load(CliContext context, string keyPath, LedgerTrust trust)
    {
        var key = KeyFiles.Load(context, keyPath);
        var principal = trust.PrincipalOf(key.PublicKey, TrustStore.AttestationNamespace, context.Time.GetUtcNow());
        if (principal is null)
        {
            var known = trust.Signers.FindPrincipals(key.PublicKey, TrustStore.GitNamespace, context.Time.GetUtcNow()) is { Count: > 0 } names ? names[0] : null;
            key.Dispose();
            throw new CliException($"{keyPath}: key may not sign statements (namespace \"{TrustStore.AttestationNamespace}\") in {trust.Source}; "
                + $"fix its allowed_signers line: {known ?? "<principal>"} namespaces=\"{TrustStore.AttestationNamespace}\" <key> (see 'govern keys generate --role person')");
        }

        return new PersonSigner(key, principal);
    }

    /// <summary>Signs the bound statement for an entry of <paramref name="type"/> with this subject and payload.</summary>
    public DsseEnvelope Sign(string type, EntrySubject subject, JsonObject payload, DateTimeOffset signedAt) =>
        EnvelopeFactory.Sign(type, subject, payload, Key, signedAt);

    /// <inheritdoc />
    public void Dispose() => Key.Dispose();

    /// <summary>A fresh statement id (128 random bits, hex).</summary>
    internal static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
