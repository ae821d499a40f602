using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Governance.Ledger.Keys;

/// <summary>
/// An OpenSSH <c>ssh-ed25519</c> public key (RFC 8709), the key most people already sign git commits with. Verification
/// runs in process (BouncyCastle; .NET 10 has no Ed25519 API). Value equality on the SSH blob.
/// </summary>
public sealed class Ed25519PublicKey : IEquatable<Ed25519PublicKey>
{
    /// <summary>The SSH key type name.</summary>
    public const string KeyType = "ssh-ed25519";

    private readonly byte[] _blob;
    private readonly Ed25519PublicKeyParameters _parameters;

    private Ed25519PublicKey(byte[] blob, byte[] key)
    {
        _blob = blob;
        _parameters = new Ed25519PublicKeyParameters(key, 0);
        Fingerprint = "SHA256:" + Convert.ToBase64String(SHA256.HashData(blob)).TrimEnd('=');
    }

    /// <summary>The SSH public-key blob (<c>string "ssh-ed25519", string key</c>).</summary>
    public ReadOnlySpan<byte> Blob => _blob;

    /// <summary>The OpenSSH fingerprint, <c>SHA256:…</c> (as <c>ssh-keygen -l</c> prints it).</summary>
    public string Fingerprint { get; }

    /// <summary>Parses an SSH public-key blob; throws <see cref="FormatException"/> unless it is a 32-byte ssh-ed25519 key.</summary>
    public static Ed25519PublicKey FromBlob(ReadOnlySpan<byte> blob)
    {
        try
        {
            var reader = new SshWireReader(blob);
            var type = reader.Text();
            var key = reader.String();
            reader.EnsureEnd();
            return type == KeyType && key.Length == 32 ? new Ed25519PublicKey(blob.ToArray(), key.ToArray())
                : throw new FormatException($"Not a 32-byte {KeyType} key.");
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new FormatException("Truncated SSH public key.", ex);
        }
    }

    /// <summary>Parses an OpenSSH public key line (<c>ssh-ed25519 AAAA… [comment]</c>).</summary>
    public static Ed25519PublicKey Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Trim().Split((char[])[' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0] != KeyType)
        {
            throw new FormatException($"Not an OpenSSH {KeyType} public key line.");
        }

        var key = FromBlob(Convert.FromBase64String(parts[1]));
        return key;
    }

    /// <summary>True when the 64-byte <paramref name="signature"/> is this key's PureEdDSA signature of <paramref name="data"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 64)
        {
            return false;
        }

        var verifier = new Ed25519Signer();
        verifier.Init(false, _parameters);
        verifier.BlockUpdate(data);
        return verifier.VerifySignature(signature.ToArray());
    }

    /// <inheritdoc />
    public bool Equals(Ed25519PublicKey? other) => other is not null && _blob.AsSpan().SequenceEqual(other._blob);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Ed25519PublicKey);

    /// <inheritdoc />
    public override int GetHashCode() => Fingerprint.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"{KeyType} {Fingerprint}";
}
