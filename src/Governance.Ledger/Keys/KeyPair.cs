using System.Security.Cryptography;
using Governance.Ledger.Signing;

namespace Governance.Ledger.Keys;

/// <summary>
/// A signing key: ECDSA P-256 (default) or RSA, stored as a PKCS#8 PEM (<c>-----BEGIN PRIVATE KEY-----</c>)
/// with an OpenSSH <c>.pub</c> beside it, which also works with <c>ssh-keygen -Y sign</c> and git.
/// </summary>
public sealed class KeyPair : ISigner, IDisposable
{
    private readonly AsymmetricAlgorithm _key;

    private KeyPair(AsymmetricAlgorithm key)
    {
        _key = key;
        PublicKey = SshPublicKey.FromAlgorithm(key);
    }

    /// <inheritdoc />
    public SshPublicKey PublicKey { get; }

    /// <summary>Generates a new key (P-256, or RSA-3072).</summary>
    public static KeyPair Generate(KeyAlgorithm algorithm = KeyAlgorithm.EcdsaP256) => algorithm switch
    {
        KeyAlgorithm.EcdsaP256 => new KeyPair(ECDsa.Create(ECCurve.NamedCurves.nistP256)),
        KeyAlgorithm.Rsa => new KeyPair(RSA.Create(3072)),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>Loads a PKCS#8 (or SEC1 / PKCS#1) private key from PEM text.</summary>
    public static KeyPair FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (pem.Contains("BEGIN OPENSSH PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new FormatException("OpenSSH-format private keys are not supported; convert with 'ssh-keygen -p -m PKCS8 -f <key>'.");
        }

        if (pem.Contains("RSA PRIVATE KEY", StringComparison.Ordinal))
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new KeyPair(rsa);
        }

        try
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(pem);
            return new KeyPair(ecdsa);
        }
        catch (CryptographicException)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            if (rsa.KeySize < 2048)
            {
                throw new CryptographicException("RSA keys shorter than 2048 bits are rejected.");
            }

            return new KeyPair(rsa);
        }
    }

    /// <summary>Loads a private key PEM file.</summary>
    public static KeyPair Load(string path) => FromPem(File.ReadAllText(path));

    /// <summary>The private key as PKCS#8 PEM.</summary>
    public string ExportPrivateKeyPem() => _key.ExportPkcs8PrivateKeyPem();

    /// <summary>The public key as SubjectPublicKeyInfo PEM (what <c>cosign --key</c> takes).</summary>
    public string ExportPublicKeyPem() => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>
    /// Writes the private key to <paramref name="path"/> (mode 0600 on Unix) and the OpenSSH public key to
    /// <c>path.pub</c>; returns the <c>.pub</c> path.
    /// </summary>
    public string Save(string path, string? comment = null)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.Write(ExportPrivateKeyPem());
            writer.Write('\n');
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var pubPath = path + ".pub";
        File.WriteAllText(pubPath, PublicKey.ToOpenSsh(comment) + "\n");
        return pubPath;
    }

    /// <inheritdoc />
    public byte[] SignData(ReadOnlySpan<byte> data, HashAlgorithmName rsaHash, DSASignatureFormat ecdsaFormat) => _key switch
    {
        ECDsa ecdsa => ecdsa.SignData(data, HashAlgorithmName.SHA256, ecdsaFormat),
        RSA rsa => rsa.SignData(data, rsaHash, RSASignaturePadding.Pkcs1),
        _ => throw new NotSupportedException(),
    };

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
