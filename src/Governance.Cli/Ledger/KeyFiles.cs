using System.Security.Cryptography;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Keys;

namespace Governance.Cli.Ledger;

/// <summary>Loads signing keys with errors that never echo key material.</summary>
public static class KeyFiles
{
    /// <summary>Loads a PKCS#8 PEM private key (ECDSA P-256 or RSA-3072).</summary>
    public static KeyPair Load(CliContext context, string path)
    {
        var full = context.Resolve(path);
        if (!File.Exists(full))
        {
            throw new CliException($"{path}: key file not found");
        }

        if (Keys.PrivateKeyHint.For(full, path) is { } hint)
        {
            throw new CliException(hint);
        }

        try
        {
            return KeyPair.Load(full);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: not a usable private key (expected a PKCS#8 PEM ECDSA P-256 or RSA-3072 key)");
        }
    }
}
