using System.Security.Cryptography;

namespace Governance.Ledger.Keys;

/// <summary>
/// A public key in SSH wire form (<c>ecdsa-sha2-nistp256</c>, <c>ssh-rsa</c>, or <c>ssh-ed25519</c> for people's
/// statements, see <see cref="Ed25519"/>), with value equality
/// over the key blob. The imported verification key is cached; verification is safe to call from several threads.
/// </summary>
public sealed class SshPublicKey : IEquatable<SshPublicKey>
{
    /// <summary>The SSH key type name for ECDSA P-256.</summary>
    public const string EcdsaP256Type = "ecdsa-sha2-nistp256";

    /// <summary>The SSH key type name for RSA.</summary>
    public const string RsaType = "ssh-rsa";

    private static readonly byte[] Ed25519SpkiPrefix = Convert.FromHexString("302a300506032b6570032100");
    private readonly byte[] _blob;
    private readonly Lazy<AsymmetricAlgorithm> _verifier;
    private readonly OpenSslP256Pool? _native;

    private SshPublicKey(byte[] blob, KeyAlgorithm algorithm, string keyType, ECParameters? ec, RSAParameters? rsa)
    {
        _blob = blob;
        Algorithm = algorithm;
        KeyType = keyType;
        Fingerprint = "SHA256:" + Convert.ToBase64String(SHA256.HashData(blob)).TrimEnd('=');
        _verifier = new Lazy<AsymmetricAlgorithm>(
            () => ec is { } e ? ECDsa.Create(e) : RSA.Create(rsa!.Value),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _native = ec is { } point ? new OpenSslP256Pool(point.Q.X!, point.Q.Y!) : null;
    }

    /// <summary>The key algorithm.</summary>
    public KeyAlgorithm Algorithm { get; }

    /// <summary>The SSH key type name, e.g. <c>ecdsa-sha2-nistp256</c>.</summary>
    public string KeyType { get; }

    /// <summary>Fingerprint as ssh-keygen prints it: <c>SHA256:</c> + unpadded base64 of SHA-256(blob).</summary>
    public string Fingerprint { get; }

    /// <summary>The SSH public-key blob.</summary>
    public ReadOnlySpan<byte> Blob => _blob;

    /// <summary>
    /// The Ed25519 key when <see cref="Algorithm"/> is <see cref="KeyAlgorithm.Ed25519"/>, else null. Such a key verifies
    /// only SSHSIG signatures (<see cref="Signing.SshsigEd25519"/>); <see cref="VerifyData"/> is always false for it.
    /// </summary>
    public Ed25519PublicKey? Ed25519 { get; private init; }

    /// <summary>Builds the SSH form of a .NET public key.</summary>
    public static SshPublicKey FromAlgorithm(AsymmetricAlgorithm key) => key switch
    {
        ECDsa ecdsa => FromEcParameters(ecdsa.ExportParameters(false)),
        RSA rsa => FromRsaParameters(rsa.ExportParameters(false)),
        _ => throw new NotSupportedException($"Unsupported key type {key.GetType().Name}."),
    };

    /// <summary>Parses an SSH public-key blob; throws <see cref="FormatException"/> on unsupported or malformed keys.</summary>
    public static SshPublicKey FromBlob(ReadOnlySpan<byte> blob)
    {
        var reader = new SshWireReader(blob);
        var type = reader.Text();
        switch (type)
        {
            case EcdsaP256Type:
                if (reader.Text() != "nistp256")
                {
                    throw new FormatException("ECDSA key curve is not nistp256.");
                }

                var q = reader.String();
                reader.EnsureEnd();
                if (q.Length != 65 || q[0] != 0x04)
                {
                    throw new FormatException("ECDSA point must be 65 bytes, uncompressed.");
                }

                return FromEcParameters(new ECParameters
                {
                    Curve = ECCurve.NamedCurves.nistP256,
                    Q = new ECPoint { X = q[1..33].ToArray(), Y = q[33..].ToArray() },
                });
            case RsaType:
                var e = reader.String().TrimStart((byte)0).ToArray();
                var n = reader.String().TrimStart((byte)0).ToArray();
                reader.EnsureEnd();
                if (n.Length * 8 < 2048)
                {
                    throw new FormatException("RSA keys shorter than 2048 bits are rejected.");
                }

                return FromRsaParameters(new RSAParameters { Exponent = e, Modulus = n });
            case Ed25519PublicKey.KeyType:
                var ed = Ed25519PublicKey.FromBlob(blob);
                return new SshPublicKey(blob.ToArray(), KeyAlgorithm.Ed25519, Ed25519PublicKey.KeyType, null, null) { Ed25519 = ed };
            default:
                throw new FormatException($"Unsupported SSH key type '{type}'.");
        }
    }

    /// <summary>Parses an OpenSSH public key line (<c>type base64 [comment]</c>).</summary>
    public static SshPublicKey Parse(string line) => OpenSshPublicKeyFormat.Parse(line).Key;

    /// <summary>Formats the key as an OpenSSH public key line.</summary>
    public string ToOpenSsh(string? comment = null) =>
        string.IsNullOrEmpty(comment)
            ? $"{KeyType} {Convert.ToBase64String(_blob)}"
            : $"{KeyType} {Convert.ToBase64String(_blob)} {comment}";

    /// <summary>The DER SubjectPublicKeyInfo of the key (for cosign <c>--key</c> and checkpoint key IDs).</summary>
    public byte[] ExportSubjectPublicKeyInfo() =>
        Algorithm == KeyAlgorithm.Ed25519 ? [.. Ed25519SpkiPrefix, .. _blob.AsSpan(_blob.Length - 32)] : _verifier.Value.ExportSubjectPublicKeyInfo();

    /// <summary>
    /// Verifies a raw signature over <paramref name="data"/>: ECDSA in the given <paramref name="ecdsaFormat"/>
    /// (always with SHA-256 for P-256), RSA PKCS#1 v1.5 with <paramref name="rsaHash"/>.
    /// </summary>
    public bool VerifyData(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, HashAlgorithmName rsaHash, DSASignatureFormat ecdsaFormat)
    {
        if (Algorithm == KeyAlgorithm.Ed25519)
        {
            return false;
        }

        try
        {
            return _verifier.Value switch
            {
                ECDsa ecdsa => ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, ecdsaFormat),
                RSA rsa => rsa.VerifyData(data, signature, rsaHash, RSASignaturePadding.Pkcs1),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>
    /// Verifies an ECDSA P-256 signature (IEEE P1363 r‖s) over an already computed SHA-256 <paramref name="digest"/>:
    /// exactly <see cref="ECDsa.VerifyHash(ReadOnlySpan{byte}, ReadOnlySpan{byte}, DSASignatureFormat)"/> on the
    /// imported key, computed with OpenSSL's <c>ECDSA_do_verify</c> where <see cref="OpenSslP256"/> is available
    /// (see <see cref="OpenSslP256Pool"/>), else by .NET. False for other key types and for a key .NET refuses.
    /// </summary>
    internal bool VerifyP256Hash(ReadOnlySpan<byte> digest, ReadOnlySpan<byte> signature)
    {
        if (Algorithm != KeyAlgorithm.EcdsaP256)
        {
            return false;
        }

        ECDsa ecdsa;
        try
        {
            // .NET's import checks the point; a key it refuses verifies nothing, whichever path would compute.
            ecdsa = (ECDsa)_verifier.Value;
        }
        catch (CryptographicException)
        {
            return false;
        }

        if (_native?.TryVerify(digest, signature) is { } verdict)
        {
            return verdict;
        }

        try
        {
            return ecdsa.VerifyHash(digest, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public bool Equals(SshPublicKey? other) => other is not null && _blob.AsSpan().SequenceEqual(other._blob);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SshPublicKey);

    /// <inheritdoc />
    public override int GetHashCode() => Fingerprint.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"{KeyType} {Fingerprint}";

    private static SshPublicKey FromEcParameters(ECParameters p)
    {
        if (p.Curve.Oid?.Value != ECCurve.NamedCurves.nistP256.Oid.Value && p.Curve.Oid?.FriendlyName is not ("nistP256" or "ECDSA_P256"))
        {
            throw new NotSupportedException("Only the P-256 curve is supported.");
        }

        var q = new byte[65];
        q[0] = 0x04;
        p.Q.X!.CopyTo(q, 1);
        p.Q.Y!.CopyTo(q, 33);
        var blob = new SshWireWriter().String(EcdsaP256Type).String("nistp256").String(q).ToArray();
        var publicOnly = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = p.Q };
        return new SshPublicKey(blob, KeyAlgorithm.EcdsaP256, EcdsaP256Type, publicOnly, null);
    }

    private static SshPublicKey FromRsaParameters(RSAParameters p)
    {
        var blob = new SshWireWriter().String(RsaType).MPInt(p.Exponent).MPInt(p.Modulus).ToArray();
        var publicOnly = new RSAParameters { Exponent = p.Exponent, Modulus = p.Modulus };
        return new SshPublicKey(blob, KeyAlgorithm.Rsa, RsaType, null, publicOnly);
    }
}
