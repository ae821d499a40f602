using System.Security.Cryptography;
using Governance.Ledger.Keys;

namespace Governance.Ledger.Signing;

/// <summary>A private key that can sign (a PEM key pair today; a KMS key tomorrow).</summary>
public interface ISigner
{
    /// <summary>The matching public key.</summary>
    SshPublicKey PublicKey { get; }

    /// <summary>
    /// Signs <paramref name="data"/>. ECDSA P-256 always hashes with SHA-256 and returns the signature in
    /// <paramref name="ecdsaFormat"/>; RSA hashes with <paramref name="rsaHash"/> and uses PKCS#1 v1.5.
    /// </summary>
    byte[] SignData(ReadOnlySpan<byte> data, HashAlgorithmName rsaHash, DSASignatureFormat ecdsaFormat);
}
