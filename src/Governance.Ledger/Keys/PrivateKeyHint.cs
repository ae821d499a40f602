using System.Buffers.Binary;
using System.Text;

namespace Governance.Ledger.Keys;

/// <summary>
/// What to do with a key file <c>--key</c> cannot use: an OpenSSH-format private key (what <c>ssh-keygen</c> writes by
/// default), a public key, or a SEC1/encrypted PEM. Reads only the armour and, for OpenSSH keys, the public key type in
/// the unencrypted header; never echoes key material.
/// </summary>
public static class PrivateKeyHint
{
    private const string OpenSshArmour = "-----BEGIN OPENSSH PRIVATE KEY-----";

    /// <summary>A hint for <paramref name="path"/> (as the user gave it), or null when the file looks like PKCS#8 PEM.</summary>
    public static string? For(string fullPath, string path)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        string text;
        try
        {
            using var reader = new StreamReader(fullPath, Encoding.ASCII);
            var buffer = new char[16384];
            text = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length)).TrimStart();
        }
        catch (IOException)
        {
            return null;
        }

        if (text.StartsWith(OpenSshArmour, StringComparison.Ordinal))
        {
            return OpenSsh(path, KeyType(text));
        }

        if (text.StartsWith("ssh-", StringComparison.Ordinal) || text.StartsWith("ecdsa-sha2-", StringComparison.Ordinal) || text.StartsWith("sk-", StringComparison.Ordinal))
        {
            return $"{path}: this is an OpenSSH public key; --key takes the private key (PKCS#8 PEM, e.g. from 'govern keys generate --out <path>')";
        }

        if (text.StartsWith("-----BEGIN EC PRIVATE KEY-----", StringComparison.Ordinal) || text.StartsWith("-----BEGIN RSA PRIVATE KEY-----", StringComparison.Ordinal))
        {
            return $"{path}: a PEM key in the older SEC1/PKCS#1 form; convert a copy to PKCS#8: openssl pkcs8 -topk8 -nocrypt -in {path} -out key.pem";
        }

        if (text.StartsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal))
        {
            return $"{path}: the key is encrypted; --key needs an unencrypted PKCS#8 PEM (e.g. openssl pkcs8 -in {path} -out key.pem, kept mode 0600 and deleted after use)";
        }

        return null;
    }

    private static string OpenSsh(string path, string? type) => type switch
    {
        "ecdsa-sha2-nistp256" =>
            $"{path}: an OpenSSH-format private key (ECDSA P-256); --key takes PKCS#8 PEM. Convert a copy, leaving the original as it is: "
            + $"cp {path} key.pem && ssh-keygen -p -N '' -m PKCS8 -f key.pem (ssh-keygen asks for the old passphrase if there is one); then pass --key key.pem",
        "ssh-rsa" =>
            $"{path}: an OpenSSH-format private key (RSA); --key takes PKCS#8 PEM (RSA-3072 or larger). Convert a copy: "
            + $"cp {path} key.pem && ssh-keygen -p -N '' -m PKCS8 -f key.pem; then pass --key key.pem",
        "ssh-ed25519" or "sk-ssh-ed25519@openssh.com" or "sk-ecdsa-sha2-nistp256@openssh.com" =>
            $"{path}: an OpenSSH {type} key; it cannot be converted to a PKCS#8 key this tool loads with --key. Create a signing key with "
            + "'govern keys generate --out <path>' and have its allowed_signers line added on the default branch",
        _ => $"{path}: an OpenSSH-format private key{(type is null ? "" : $" ({type})")}; --key takes PKCS#8 PEM (ECDSA P-256 or RSA-3072): "
            + "create one with 'govern keys generate --out <path>'",
    };

    /// <summary>The key type of an OpenSSH private key: the first string of the public key in the unencrypted header.</summary>
    private static string? KeyType(string armoured)
    {
        try
        {
            var body = armoured.Split('\n').Skip(1).TakeWhile(l => !l.StartsWith("-----END", StringComparison.Ordinal));
            var bytes = Convert.FromBase64String(string.Concat(body.Select(l => l.Trim())));
            var magic = "openssh-key-v1\0"u8;
            if (!bytes.AsSpan().StartsWith(magic))
            {
                return null;
            }

            var span = bytes.AsSpan(magic.Length);
            for (var skip = 0; skip < 3; skip++)
            {
                span = span[(4 + (int)BinaryPrimitives.ReadUInt32BigEndian(span))..]; // cipher, kdf name, kdf options
            }

            span = span[4..]; // number of keys
            var publicKey = span.Slice(4, (int)BinaryPrimitives.ReadUInt32BigEndian(span));
            var typeLength = (int)BinaryPrimitives.ReadUInt32BigEndian(publicKey);
            return Encoding.ASCII.GetString(publicKey.Slice(4, typeLength));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
