using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Governance.Ledger.Keys;

namespace Governance.Ledger.Signing;

/// <summary>
/// DSSE signing and verification. Signatures are over PAE(payloadType, payload); ECDSA P-256 uses SHA-256 and
/// ASN.1 DER (cosign/sigstore), RSA uses PKCS#1 v1.5 with SHA-256. The keyid written is the SSH fingerprint.
/// </summary>
public static class Dsse
{
    /// <summary>The in-toto payload type.</summary>
    public const string InTotoPayloadType = "application/vnd.in-toto+json";

    /// <summary>Pre-authentication encoding: <c>DSSEv1 len(type) type len(body) body</c>, lengths in bytes.</summary>
    public static byte[] Pae(string payloadType, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(payloadType);
        var type = Encoding.UTF8.GetBytes(payloadType);
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"DSSEv1 {type.Length} "));
        var middle = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $" {body.Length} "));
        return [.. header, .. type, .. middle, .. body];
    }

    /// <summary>Creates an envelope over <paramref name="payload"/> signed by <paramref name="signer"/>.</summary>
    public static DsseEnvelope Sign(string payloadType, ReadOnlySpan<byte> payload, ISigner signer)
    {
        var envelope = new DsseEnvelope(payloadType, payload.ToArray(), []);
        return AddSignature(envelope, signer);
    }

    /// <summary>Returns <paramref name="envelope"/> with one more signature.</summary>
    public static DsseEnvelope AddSignature(DsseEnvelope envelope, ISigner signer)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(signer);
        var sig = signer.SignData(Pae(envelope.PayloadType, envelope.Payload.Span), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return envelope with { Signatures = [.. envelope.Signatures, new DsseSignature(signer.PublicKey.Fingerprint, sig)] };
    }

    /// <summary>
    /// The distinct trusted keys whose signatures verify. A signature in SSHSIG form (<see cref="SshDsse"/>, made by
    /// <c>ssh-keygen -Y sign</c>) verifies in namespace <c>governance-attestation</c> with an Ed25519 or ECDSA P-256 key;
    /// any other is a DER ECDSA / PKCS#1 RSA signature over the PAE. The keyid is only a hint; the payload type must be in
    /// <paramref name="acceptedPayloadTypes"/> (checked after the signatures, before anyone parses the body).
    /// </summary>
    public static IReadOnlyList<SshPublicKey> VerifiedKeys(DsseEnvelope envelope, IEnumerable<SshPublicKey> trustedKeys, params string[] acceptedPayloadTypes)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(trustedKeys);
        var pae = Pae(envelope.PayloadType, envelope.Payload.Span);
        var verified = new List<SshPublicKey>();
        var candidates = trustedKeys.ToList();
        foreach (var signature in envelope.Signatures)
        {
            var ordered = candidates.OrderByDescending(k => k.Fingerprint == signature.KeyId);
            foreach (var key in ordered)
            {
                if (!verified.Contains(key) && Verifies(key, pae, signature.Sig.Span))
                {
                    verified.Add(key);
                    break;
                }
            }
        }

        var types = acceptedPayloadTypes.Length == 0 ? [InTotoPayloadType] : acceptedPayloadTypes;
        return types.Contains(envelope.PayloadType) ? verified : [];
    }

    private static bool Verifies(SshPublicKey key, byte[] pae, ReadOnlySpan<byte> sig)
    {
        if (!SshsigEd25519.IsSshsig(sig))
        {
            return key.VerifyData(pae, sig, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }

        if (key.Ed25519 is { } ed)
        {
            return SshsigEd25519.Verify(pae, sig, SshDsse.Namespace, ed);
        }

        try
        {
            var armored = "-----BEGIN SSH SIGNATURE-----\n" + Convert.ToBase64String(sig) + "\n-----END SSH SIGNATURE-----\n";
            return key.Algorithm == KeyAlgorithm.EcdsaP256 && Sshsig.Verify(pae, Sshsig.Parse(armored), SshDsse.Namespace, key);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
