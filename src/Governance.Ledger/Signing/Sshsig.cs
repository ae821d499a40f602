using System.Security.Cryptography;
using System.Text;
using Governance.Ledger.Keys;

namespace Governance.Ledger.Signing;

/// <summary>
/// OpenSSH SSHSIG signatures (what <c>ssh-keygen -Y sign/verify</c> and git's <c>gpg.format=ssh</c> use):
/// ECDSA P-256 signs with SHA-256 and encodes (mpint r, mpint s); RSA uses <c>rsa-sha2-512</c>.
/// </summary>
public static class Sshsig
{
    private const string Begin = "-----BEGIN SSH SIGNATURE-----";
    private const string End = "-----END SSH SIGNATURE-----";
    private static readonly byte[] Magic = "SSHSIG"u8.ToArray();

    /// <summary>Signs <paramref name="message"/> in <paramref name="namespace"/>; returns the armored signature (70 columns, LF).</summary>
    public static string Sign(ReadOnlySpan<byte> message, ISigner signer, string @namespace, string hashAlgorithm = "sha512")
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        var signedData = SignedData(@namespace, hashAlgorithm, Hash(hashAlgorithm, message));
        var key = signer.PublicKey;
        byte[] sigBlob;
        if (key.Algorithm == KeyAlgorithm.EcdsaP256)
        {
            var p1363 = signer.SignData(signedData, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            var inner = new SshWireWriter().MPInt(p1363.AsSpan(0, 32)).MPInt(p1363.AsSpan(32, 32)).ToArray();
            sigBlob = new SshWireWriter().String(SshPublicKey.EcdsaP256Type).String(inner).ToArray();
        }
        else
        {
            var rsa = signer.SignData(signedData, HashAlgorithmName.SHA512, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            sigBlob = new SshWireWriter().String("rsa-sha2-512").String(rsa).ToArray();
        }

        var blob = new SshWireWriter().Raw(Magic).UInt32(1).String(key.Blob).String(@namespace)
            .String(ReadOnlySpan<byte>.Empty).String(hashAlgorithm).String(sigBlob).ToArray();
        return Armor(blob);
    }

    /// <summary>De-armors and parses an SSHSIG; throws <see cref="FormatException"/> on any malformation.</summary>
    public static SshsigSignature Parse(string armored) => Parse(armored, []);

    /// <summary>
    /// Parses like <see cref="Parse(string)"/>; when the named key's blob equals one of <paramref name="knownKeys"/>
    /// that instance is used instead of a new one (saves re-importing the same trusted key for every signature).
    /// </summary>
    internal static SshsigSignature Parse(string armored, IReadOnlyList<SshPublicKey> knownKeys)
    {
        ArgumentNullException.ThrowIfNull(armored);
        var text = armored.AsSpan().Trim();
        if (!text.StartsWith(Begin, StringComparison.Ordinal) || !text.EndsWith(End, StringComparison.Ordinal) || text.Length < Begin.Length + End.Length)
        {
            throw new FormatException("Not an armored SSH signature.");
        }

        // Base64 decoding skips the line breaks (and any CR) between the armor lines.
        var body = text[Begin.Length..^End.Length];
        var blob = new byte[body.Length * 3 / 4];
        return Convert.TryFromBase64Chars(body, blob, out var written)
            ? ParseBlob(blob.AsSpan(0, written), knownKeys)
            : throw new FormatException("The SSH signature is not valid base64.");
    }

    /// <summary>The public key an armored signature names, or null when it is malformed (identity still needs a trust store).</summary>
    public static Keys.SshPublicKey? TryParseKey(string armored)
    {
        try
        {
            return Parse(armored).PublicKey;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Checks the signature cryptographically for <paramref name="expectedNamespace"/>. With <paramref name="trustedKey"/>
    /// (from a <see cref="Trust.TrustStore"/>) the key named in the signature must equal it and the trusted instance
    /// is used; without it the named key is used (identity is then a separate step).
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> message, SshsigSignature signature, string expectedNamespace, SshPublicKey? trustedKey = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Namespace != expectedNamespace || signature.HashAlgorithm is not ("sha256" or "sha512"))
        {
            return false;
        }

        if (trustedKey is not null && !trustedKey.Equals(signature.PublicKey))
        {
            return false;
        }

        var signedData = SignedData(expectedNamespace, signature.HashAlgorithm, Hash(signature.HashAlgorithm, message));
        var key = trustedKey ?? signature.PublicKey;
        return key.Algorithm == KeyAlgorithm.EcdsaP256
            ? signature.SignatureAlgorithm == SshPublicKey.EcdsaP256Type
              && key.VerifyData(signedData, signature.RawSignature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            : signature.SignatureAlgorithm switch
            {
                "rsa-sha2-512" => key.VerifyData(signedData, signature.RawSignature.Span, HashAlgorithmName.SHA512, default),
                "rsa-sha2-256" => key.VerifyData(signedData, signature.RawSignature.Span, HashAlgorithmName.SHA256, default),
                _ => false,
            };
    }

    /// <summary>Parses and verifies in one step; false on any malformation.</summary>
    public static bool TryVerify(ReadOnlySpan<byte> message, string armored, string expectedNamespace, out SshsigSignature? signature)
    {
        try
        {
            signature = Parse(armored);
        }
        catch (FormatException)
        {
            signature = null;
            return false;
        }

        return Verify(message, signature, expectedNamespace);
    }

    private static SshsigSignature ParseBlob(ReadOnlySpan<byte> blob, IReadOnlyList<SshPublicKey> knownKeys)
    {
        var reader = new SshWireReader(blob);
        if (!reader.Raw(6).SequenceEqual(Magic))
        {
            throw new FormatException("Missing SSHSIG magic.");
        }

        if (reader.UInt32() != 1)
        {
            throw new FormatException("Unsupported SSHSIG version.");
        }

        var keyBlob = reader.String();
        SshPublicKey? key = null;
        foreach (var known in knownKeys)
        {
            if (known.Blob.SequenceEqual(keyBlob))
            {
                key = known;
                break;
            }
        }

        key ??= SshPublicKey.FromBlob(keyBlob);
        var ns = reader.Text();
        _ = reader.String();
        var hash = reader.Text();
        var sigBlob = reader.String();
        reader.EnsureEnd();
        if (ns.Length == 0)
        {
            throw new FormatException("SSHSIG namespace is empty.");
        }

        var sigReader = new SshWireReader(sigBlob);
        var algorithm = sigReader.Text();
        var raw = sigReader.String();
        sigReader.EnsureEnd();
        if (algorithm == SshPublicKey.EcdsaP256Type)
        {
            var inner = new SshWireReader(raw);
            var r = inner.UnsignedMPInt(32);
            var s = inner.UnsignedMPInt(32);
            inner.EnsureEnd();
            return new SshsigSignature(key, ns, hash, algorithm, (byte[])[.. r, .. s]);
        }

        return new SshsigSignature(key, ns, hash, algorithm, raw.ToArray());
    }

    private static byte[] SignedData(string @namespace, string hashAlgorithm, byte[] digest) =>
        new SshWireWriter().Raw(Magic).String(@namespace).String(ReadOnlySpan<byte>.Empty)
            .String(hashAlgorithm).String(digest).ToArray();

    private static byte[] Hash(string algorithm, ReadOnlySpan<byte> message) => algorithm switch
    {
        "sha512" => SHA512.HashData(message),
        "sha256" => SHA256.HashData(message),
        _ => throw new ArgumentException($"Unsupported SSHSIG hash '{algorithm}'.", nameof(algorithm)),
    };

    private static string Armor(byte[] blob)
    {
        var base64 = Convert.ToBase64String(blob);
        var sb = new StringBuilder(base64.Length + 80).Append(Begin).Append('\n');
        for (var i = 0; i < base64.Length; i += 70)
        {
            sb.Append(base64, i, Math.Min(70, base64.Length - i)).Append('\n');
        }

        return sb.Append(End).Append('\n').ToString();
    }
}
