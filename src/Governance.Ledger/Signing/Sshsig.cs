using System.Security.Cryptography;
using System.Text;
using Governance.Ledger.Keys;
using Governance.Ledger.Hashing;

namespace Governance.Ledger.Signing;

/// <summary>
/// OpenSSH SSHSIG signatures (what <c>ssh-keygen -Y sign/verify</c> and git's <c>gpg.format=ssh</c> use):
/// ECDSA P-256 signs with SHA-256 and encodes (mpint r, mpint s); RSA uses <c>rsa-sha2-512</c>.
/// </summary>
public static class Sshsig
{
    private const string Begin = "-----BEGIN SSH SIGNATURE-----";
    private const string End = "-----END SSH SIGNATURE-----";
    private const int StackBlobLimit = 1024;
    private static readonly byte[] Magic = "SSHSIG"u8.ToArray();

    /// <summary>Signs <paramref name="message"/> in <paramref name="namespace"/>; returns the armored signature (70 columns, LF).</summary>
    public static string Sign(ReadOnlySpan<byte> message, ISigner signer, string @namespace, string hashAlgorithm = "sha512")
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        var signedData = new byte[SshsigSignedData.Length(@namespace, hashAlgorithm)];
        SshsigSignedData.Write(signedData, @namespace, hashAlgorithm, message);
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
        var size = body.Length * 3 / 4;
        var blob = size <= StackBlobLimit ? stackalloc byte[StackBlobLimit] : new byte[size];
        return Convert.TryFromBase64Chars(body, blob, out var written)
            ? ParseBlob(blob[..written], knownKeys)
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

        var key = trustedKey ?? signature.PublicKey;
        var length = SshsigSignedData.Length(expectedNamespace, signature.HashAlgorithm);
        var signedData = length <= SshsigSignedData.StackLimit ? stackalloc byte[SshsigSignedData.StackLimit] : new byte[length];
        signedData = signedData[..length];
        SshsigSignedData.Write(signedData, expectedNamespace, signature.HashAlgorithm, message);
        if (key.Algorithm == KeyAlgorithm.EcdsaP256)
        {
            // ECDsa.VerifyData is SHA-256 then VerifyHash; hashing here keeps the digest on the stack.
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            if (signature.SignatureAlgorithm != SshPublicKey.EcdsaP256Type)
            {
                return false;
            }

            Sha2.Sha256(signedData, digest);
            return key.VerifyP256Hash(digest, signature.RawSignature.Span);
        }

        return signature.SignatureAlgorithm switch
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
        var ns = KnownOrNew(reader.String());
        _ = reader.String();
        var hash = KnownOrNew(reader.String());
        var sigBlob = reader.String();
        reader.EnsureEnd();
        if (ns.Length == 0)
        {
            throw new FormatException("SSHSIG namespace is empty.");
        }

        var sigReader = new SshWireReader(sigBlob);
        var algorithm = KnownOrNew(sigReader.String());
        var raw = sigReader.String();
        sigReader.EnsureEnd();
        if (algorithm == SshPublicKey.EcdsaP256Type)
        {
            var inner = new SshWireReader(raw);
            var rs = new byte[64];
            inner.UnsignedMPInt(rs.AsSpan(0, 32));
            inner.UnsignedMPInt(rs.AsSpan(32));
            inner.EnsureEnd();
            return new SshsigSignature(key, ns, hash, algorithm, rs);
        }

        return new SshsigSignature(key, ns, hash, algorithm, raw.ToArray());
    }

    /// <summary>The UTF-8 text of a name, sharing the common ones instead of allocating a string per signature.</summary>
    private static string KnownOrNew(ReadOnlySpan<byte> utf8) =>
        utf8.SequenceEqual("git"u8) ? "git"
        : utf8.SequenceEqual("sha512"u8) ? "sha512"
        : utf8.SequenceEqual("sha256"u8) ? "sha256"
        : utf8.SequenceEqual("ecdsa-sha2-nistp256"u8) ? SshPublicKey.EcdsaP256Type
        : Encoding.UTF8.GetString(utf8);

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
