using Governance.Workflows.Hosting;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Trust;

namespace Governance.Workflows.Recording;

/// <summary>A person's key and principal: signs bound statements (trust v2) about that person's own decisions.</summary>
internal sealed class PersonSigner : IDisposable
{
    private readonly SshKeygenSigner? _ssh;

    private PersonSigner(KeyPair? key, SshKeygenSigner? ssh, SshPublicKey publicKey, string principal)
    {
        Key = key;
        _ssh = ssh;
        PublicKey = publicKey;
        Principal = principal;
    }

    /// <summary>The person's PEM key, or null when the person signs with an SSH key through ssh-keygen (<c>--ssh-key</c>).</summary>
    public KeyPair? Key { get; }

    /// <summary>The person's public key, as allowed_signers lists it.</summary>
    public SshPublicKey PublicKey { get; }

    /// <summary>The principal the key signs statements as (namespace <c>governance-attestation</c>).</summary>
    public string Principal { get; }

    /// <summary>Loads a person key; it must be allowed to sign statements now, or the record would not verify.</summary>
    public static PersonSigner Load(HostContext context, string keyPath, LedgerTrust trust)
    {
        var key = KeyFiles.Load(context.Resolve(keyPath), keyPath);
        try
        {
            return new PersonSigner(key, null, key.PublicKey, PrincipalOf(context, keyPath, key.PublicKey, trust));
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A person who signs with their own SSH key (<c>--ssh-key</c>): a private key file or a <c>.pub</c> whose private half
    /// is in ssh-agent (<c>SSH_AUTH_SOCK</c>); stock <c>ssh-keygen -Y sign</c> signs, the key never enters this process.
    /// </summary>
    public static PersonSigner LoadSsh(HostContext context, string keyPath, LedgerTrust trust)
    {
        var environment = new Dictionary<string, string>();
        if (context.Env("SSH_AUTH_SOCK") is { } socket)
        {
            environment["SSH_AUTH_SOCK"] = socket;
        }

        var ssh = new SshKeygenSigner(context.Resolve(keyPath), environment);
        var publicKey = SshPublicKey.FromBlob(ssh.PublicKey.Blob);
        return new PersonSigner(null, ssh, publicKey, PrincipalOf(context, keyPath, publicKey, trust));
    }

    /// <summary>Signs the bound statement for an entry of <paramref name="type"/> with this subject and payload.</summary>
    public DsseEnvelope Sign(string type, EntrySubject subject, JsonObject payload, DateTimeOffset signedAt)
    {
        if (_ssh is null)
        {
            return EnvelopeFactory.Sign(type, subject, payload, Key!, signedAt);
        }

        ArgumentNullException.ThrowIfNull(subject);
        return _ssh.Sign(EnvelopeFactory.PayloadType, BoundStatement.Create(type, subject.ToJson(), payload, signedAt, EnvelopeFactory.NewId()));
    }

    /// <inheritdoc />
    public void Dispose() => Key?.Dispose();

    private static string PrincipalOf(HostContext context, string keyPath, SshPublicKey key, LedgerTrust trust)
    {
        if (trust.PrincipalOf(key, TrustStore.AttestationNamespace, context.Time.GetUtcNow()) is { } principal)
        {
            return principal;
        }

        var known = trust.Signers.FindPrincipals(key, TrustStore.GitNamespace, context.Time.GetUtcNow()) is { Count: > 0 } names ? names[0] : null;
        throw new WorkflowException($"{keyPath}: key may not sign statements (namespace \"{TrustStore.AttestationNamespace}\") in {trust.Source}; "
            + $"fix its allowed_signers line: {known ?? "<principal>"} namespaces=\"{TrustStore.AttestationNamespace}\" <key> (see 'govern keys generate --role person')");
    }
}
