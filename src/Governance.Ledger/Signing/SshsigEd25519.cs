using System.Security.Cryptography;
using Governance.Ledger.Keys;

namespace Governance.Ledger.Signing;

/// <summary>
/// SSHSIG signatures made by Ed25519 keys (<c>ssh-keygen -Y sign</c> with an <c>id_ed25519</c> or through ssh-agent),
/// verified in process: the named key must be the trusted key, the namespace the expected one, the hash sha256 or
/// sha512, and the signature PureEdDSA over the SSHSIG signed data (crypto-formats §2.3). Malformed input is false.
/// </summary>
public static class SshsigEd25519
{
    private static readonly byte[] Magic = "SSHSIG"u8.ToArray();

    /// <summary>True when <paramref name="blob"/> (the de-armored SSHSIG) is <paramref name="trustedKey"/>'s signature of <paramref name="message"/> in <paramref name="expectedNamespace"/>.</summary>
    public static bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> blob, string expectedNamespace, Ed25519PublicKey trustedKey)
    {
        ArgumentNullException.ThrowIfNull(trustedKey);
        ArgumentException.ThrowIfNullOrEmpty(expectedNamespace);
        try
        {
            var reader = new SshWireReader(blob);
            if (!reader.Raw(6).SequenceEqual(Magic) || reader.UInt32() != 1 || !reader.String().SequenceEqual(trustedKey.Blob))
            {
                return false;
            }

            var ns = reader.Text();
            _ = reader.String();
            var hash = reader.Text();
            var signature = new SshWireReader(reader.String());
            reader.EnsureEnd();
            if (ns != expectedNamespace || signature.Text() != Ed25519PublicKey.KeyType)
            {
                return false;
            }

            var raw = signature.String();
            signature.EnsureEnd();
            byte[] digest = hash switch
            {
                "sha512" => SHA512.HashData(message),
                "sha256" => SHA256.HashData(message),
                _ => [],
            };
            return digest.Length > 0 && trustedKey.Verify(SignedData(ns, hash, digest), raw);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or FormatException)
        {
            return false;
        }
    }

    /// <summary>The blob inside an armored <c>-----BEGIN SSH SIGNATURE-----</c> block; <see cref="FormatException"/> otherwise.</summary>
    public static byte[] Dearmor(string armored)
    {
        ArgumentNullException.ThrowIfNull(armored);
        var lines = armored.Trim().Split('\n').Select(l => l.Trim()).ToList();
        if (lines.Count < 3 || lines[0] != "-----BEGIN SSH SIGNATURE-----" || lines[^1] != "-----END SSH SIGNATURE-----")
        {
            throw new FormatException("Not an armored SSH signature.");
        }

        return Convert.FromBase64String(string.Concat(lines.Skip(1).SkipLast(1)));
    }

    /// <summary>True when <paramref name="signature"/> starts with the SSHSIG magic (a DSSE <c>sig</c> made by <c>ssh-keygen -Y sign</c>).</summary>
    public static bool IsSshsig(ReadOnlySpan<byte> signature) => signature.StartsWith(Magic);

    private static byte[] SignedData(string ns, string hash, byte[] digest) =>
        new SshWireWriter().Raw(Magic).String(ns).String(ReadOnlySpan<byte>.Empty).String(hash).String(digest).ToArray();
}
