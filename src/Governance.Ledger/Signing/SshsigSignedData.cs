using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Governance.Ledger.Hashing;

namespace Governance.Ledger.Signing;

/// <summary>
/// The bytes an SSHSIG signature actually signs (PROTOCOL.sshsig): <c>"SSHSIG" ‖ string namespace ‖ string reserved ‖
/// string hash_algorithm ‖ string H(message)</c>, written into a caller's buffer so verification allocates nothing.
/// </summary>
internal static class SshsigSignedData
{
    /// <summary>Room for the largest signed data with an inline namespace; longer namespaces get a heap buffer.</summary>
    public const int StackLimit = 256;

    private static ReadOnlySpan<byte> Magic => "SSHSIG"u8;

    /// <summary>The length of the signed data for <paramref name="namespace"/> and <paramref name="hashAlgorithm"/> (sha256/sha512).</summary>
    public static int Length(string @namespace, string hashAlgorithm) =>
        Magic.Length + 4 + Encoding.UTF8.GetByteCount(@namespace) + 4 + 4 + hashAlgorithm.Length + 4 + DigestLength(hashAlgorithm);

    /// <summary>Hashes <paramref name="message"/> and writes the signed data into <paramref name="destination"/> (exactly <see cref="Length"/> bytes).</summary>
    public static void Write(Span<byte> destination, string @namespace, string hashAlgorithm, ReadOnlySpan<byte> message)
    {
        Magic.CopyTo(destination);
        var at = Magic.Length;
        var nsLength = Encoding.UTF8.GetBytes(@namespace, destination[(at + 4)..]);
        at = WriteLength(destination, at, nsLength);
        at = WriteLength(destination, at, 0);
        var hashNameLength = Encoding.ASCII.GetBytes(hashAlgorithm, destination[(at + 4)..]);
        at = WriteLength(destination, at, hashNameLength);
        var digest = destination.Slice(at + 4, DigestLength(hashAlgorithm));
        if (hashAlgorithm == "sha512")
        {
            Sha2.Sha512(message, digest);
        }
        else
        {
            Sha2.Sha256(message, digest);
        }
        at = WriteLength(destination, at, digest.Length);
        if (at != destination.Length)
        {
            throw new ArgumentException("The destination is not exactly the signed data's length.", nameof(destination));
        }
    }

    private static int WriteLength(Span<byte> destination, int at, int length)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination[at..], (uint)length);
        return at + 4 + length;
    }

    private static int DigestLength(string hashAlgorithm) => hashAlgorithm switch
    {
        "sha512" => SHA512.HashSizeInBytes,
        "sha256" => SHA256.HashSizeInBytes,
        _ => throw new ArgumentException($"Unsupported SSHSIG hash '{hashAlgorithm}'.", nameof(hashAlgorithm)),
    };
}
