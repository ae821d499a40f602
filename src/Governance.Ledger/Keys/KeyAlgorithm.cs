namespace Governance.Ledger.Keys;

/// <summary>Key algorithms the ledger signs and verifies with.</summary>
public enum KeyAlgorithm
{
    /// <summary>ECDSA on NIST P-256 (<c>ecdsa-sha2-nistp256</c>); the default.</summary>
    EcdsaP256,

    /// <summary>RSA (3072 bits when generated) with <c>rsa-sha2-512</c> SSH signatures; the fallback.</summary>
    Rsa,
}
