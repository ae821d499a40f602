using System.Security.Cryptography;

namespace Governance.Ledger.Hashing;

/// <summary>
/// SHA-256 and SHA-512 for the verifier's hot path. .NET's one-shot <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>
/// goes through OpenSSL's EVP layer on Linux, whose per-call context and error-queue work costs ≈ 0.7 µs: more than
/// hashing a 500-byte entry (an entry takes six or seven hashes). Where <c>libcrypto.so.3</c> loads and known
/// answers check out, this calls OpenSSL's SHA-256/SHA-512 block functions directly (<c>SHA256_Init/Update/Final</c>,
/// the same implementation, SHA-NI included); everywhere else it is .NET's. Same digests either way.
/// </summary>
internal static class Sha2
{
    private static readonly Lazy<bool> Native = new(Sha2SelfTest.Passes, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the direct OpenSSL path is in use.</summary>
    public static bool IsNative => Native.Value;

    /// <summary>SHA-256 of <paramref name="data"/> into <paramref name="destination"/> (32 bytes).</summary>
    public static void Sha256(ReadOnlySpan<byte> data, Span<byte> destination) => Sha256(default, data, destination);

    /// <summary>
    /// SHA-256 of <paramref name="prefix"/> ‖ <paramref name="data"/> into <paramref name="destination"/>, without
    /// copying them together. <paramref name="destination"/> may be <paramref name="prefix"/> itself (a running hash).
    /// </summary>
    public static void Sha256(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < SHA256.HashSizeInBytes)
        {
            throw new ArgumentException("SHA-256 needs 32 bytes.", nameof(destination));
        }

        if (!Native.Value && prefix.IsEmpty)
        {
            SHA256.HashData(data, destination);
            return;
        }

        if (!Native.Value)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(prefix);
            hash.AppendData(data);
            hash.GetHashAndReset(destination);
            return;
        }

        Sha2Native.Sha256(prefix, data, destination);
    }

    /// <summary>SHA-512 of <paramref name="data"/> into <paramref name="destination"/> (64 bytes).</summary>
    public static void Sha512(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < SHA512.HashSizeInBytes)
        {
            throw new ArgumentException("SHA-512 needs 64 bytes.", nameof(destination));
        }

        if (!Native.Value)
        {
            SHA512.HashData(data, destination);
            return;
        }

        Sha2Native.Sha512(data, destination);
    }
}
