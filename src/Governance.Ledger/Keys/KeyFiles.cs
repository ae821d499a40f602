using System.Security.Cryptography;

namespace Governance.Ledger.Keys;

/// <summary>Loads signing keys with errors (<see cref="SigningKeyException"/>) that never echo key material.</summary>
public static class KeyFiles
{
    /// <summary>Loads a PKCS#8 PEM private key (ECDSA P-256 or RSA-3072).</summary>
    /// <param name="fullPath">The key file.</param>
    /// <param name="shownPath">The path as the user gave it, for messages.</param>
    public static KeyPair Load(string fullPath, string shownPath)
    {
        if (!File.Exists(fullPath))
        {
            throw new SigningKeyException($"{shownPath}: key file not found");
        }

        if (PrivateKeyHint.For(fullPath, shownPath) is { } hint)
        {
            throw new SigningKeyException(hint);
        }

        try
        {
            return KeyPair.Load(fullPath);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException or NotSupportedException)
        {
            throw new SigningKeyException($"{shownPath}: not a usable private key (expected a PKCS#8 PEM ECDSA P-256 or RSA-3072 key)");
        }
    }
}
