using Governance.Ledger.Keys;

namespace Governance.Ledger.Signing;

/// <summary>
/// DSSE signatures made with an SSH key a person already has: the signature is an SSHSIG in namespace
/// <c>governance-attestation</c> over the envelope's PAE bytes (what <c>ssh-keygen -Y sign -n governance-attestation</c>
/// writes for PAE on stdin), stored de-armored and base64-encoded in the DSSE <c>sig</c>, with the key's
/// <c>SHA256:…</c> fingerprint as <c>keyid</c>. Stock check: re-armor the <c>sig</c>, then
/// <c>ssh-keygen -Y verify -f allowed_signers -I &lt;principal&gt; -n governance-attestation -s sig &lt; pae</c>.
/// The SSHSIG magic tells such a signature apart from the DER ECDSA signatures recorder keys write.
/// </summary>
public static class SshDsse
{
    /// <summary>The SSHSIG namespace person-signed statements use.</summary>
    public const string Namespace = "governance-attestation";

    /// <summary>True when <paramref name="signature"/> is <paramref name="trustedKey"/>'s SSHSIG over the envelope's PAE.</summary>
    public static bool VerifyEd25519(DsseEnvelope envelope, DsseSignature signature, Ed25519PublicKey trustedKey)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(signature);
        return SshsigEd25519.IsSshsig(signature.Sig.Span)
            && SshsigEd25519.Verify(Dsse.Pae(envelope.PayloadType, envelope.Payload.Span), signature.Sig.Span, Namespace, trustedKey);
    }
}
