using Governance.Ledger.Keys;

namespace Governance.Ledger.Signing;

/// <summary>A parsed SSHSIG blob (PROTOCOL.sshsig). The key inside is a claim: look it up in a trust store.</summary>
/// <param name="PublicKey">The signer's public key as named in the blob.</param>
/// <param name="Namespace">The signature namespace, e.g. <c>git</c>.</param>
/// <param name="HashAlgorithm"><c>sha512</c> or <c>sha256</c>.</param>
/// <param name="SignatureAlgorithm">The signature blob's algorithm, e.g. <c>rsa-sha2-512</c>.</param>
/// <param name="RawSignature">ECDSA as IEEE P1363 r‖s, RSA as the PKCS#1 v1.5 signature.</param>
public sealed record SshsigSignature(
    SshPublicKey PublicKey,
    string Namespace,
    string HashAlgorithm,
    string SignatureAlgorithm,
    ReadOnlyMemory<byte> RawSignature);
