using Governance.Ledger.Keys;

namespace Governance.Ledger.Trust;

/// <summary>The lines that trust a key: its <c>allowed_signers</c> line for a role, and the principals.yaml recorder entry.</summary>
public static class SignerLines
{
    /// <summary>The allowed_signers line for a role: a recorder gets namespace <c>git</c>, a person <c>governance-attestation</c>.</summary>
    /// <param name="principal">The principal the key signs as.</param>
    /// <param name="key">The public key.</param>
    /// <param name="recorder">True for a recorder key, false for a person's.</param>
    public static string AllowedSigners(string principal, SshPublicKey key, bool recorder)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{principal} namespaces=\"{(recorder ? TrustStore.GitNamespace : TrustStore.AttestationNamespace)}\" {key.ToOpenSsh()}";
    }

    /// <summary>The principals.yaml entry (under <c>principals:</c>) that gives a principal the recorder role.</summary>
    /// <param name="principal">The principal.</param>
    public static string Recorder(string principal) => $"{principal}: {{ recorder: true }}";
}
