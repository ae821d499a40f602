namespace Governance.Ledger.Keys;

/// <summary>Key algorithms the ledger signs and verifies with.</summary>
public enum KeyAlgorithm
{
    /// <summary>ECDSA on NIST P-256 (<c>ecdsa-sha2-nistp256</c>); the default.</summary>
    EcdsaP256,

    /// <summary>RSA (3072 bits when generated) with <c>rsa-sha2-512</c> SSH signatures; the fallback.</summary>
    Rsa,

    /// <summary>Ed25519 (<c>ssh-ed25519</c>): a person's own SSH key, signing statements through <c>ssh-keygen -Y sign</c> only; never a recorder.</summary>
    Ed25519,
}
