namespace Governance.Ledger.Signing;

/// <summary>One DSSE signature. <paramref name="KeyId"/> is an unauthenticated hint (we write the SSH fingerprint).</summary>
/// <param name="KeyId">Key hint, or empty.</param>
/// <param name="Sig">Signature bytes (ECDSA: ASN.1 DER, as cosign expects).</param>
public sealed record DsseSignature(string KeyId, ReadOnlyMemory<byte> Sig);
