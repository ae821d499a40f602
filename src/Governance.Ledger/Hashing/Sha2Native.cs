using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Governance.Ledger.Hashing;

/// <summary>OpenSSL's SHA-256/SHA-512 block functions, called directly (only through <see cref="Sha2"/> once its self-test passed).</summary>
internal static class Sha2Native
{
    private const string Library = "libcrypto.so.3";

    // sizeof(SHA256_CTX) is 112 and sizeof(SHA512_CTX) 216 on every OpenSSL 3 platform; room to spare.
    private const int ContextSize = 256;

    /// <summary>SHA-256 of <paramref name="prefix"/> ‖ <paramref name="data"/> into <paramref name="destination"/> (32 bytes).</summary>
    public static void Sha256(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> context = stackalloc byte[ContextSize];
        ref var ctx = ref MemoryMarshal.GetReference(context);
        if (SHA256_Init(ref ctx) != 1
            || (!prefix.IsEmpty && SHA256_Update(ref ctx, in MemoryMarshal.GetReference(prefix), (nuint)prefix.Length) != 1)
            || (!data.IsEmpty && SHA256_Update(ref ctx, in MemoryMarshal.GetReference(data), (nuint)data.Length) != 1)
            || SHA256_Final(ref MemoryMarshal.GetReference(destination), ref ctx) != 1)
        {
            throw new CryptographicException("OpenSSL SHA-256 failed.");
        }
    }

    /// <summary>SHA-512 of <paramref name="data"/> into <paramref name="destination"/> (64 bytes).</summary>
    public static void Sha512(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> context = stackalloc byte[ContextSize];
        ref var ctx = ref MemoryMarshal.GetReference(context);
        if (SHA512_Init(ref ctx) != 1
            || (!data.IsEmpty && SHA512_Update(ref ctx, in MemoryMarshal.GetReference(data), (nuint)data.Length) != 1)
            || SHA512_Final(ref MemoryMarshal.GetReference(destination), ref ctx) != 1)
        {
            throw new CryptographicException("OpenSSL SHA-512 failed.");
        }
    }

    [DllImport(Library)]
    private static extern int SHA256_Init(ref byte context);

    [DllImport(Library)]
    private static extern int SHA256_Update(ref byte context, in byte data, nuint length);

    [DllImport(Library)]
    private static extern int SHA256_Final(ref byte digest, ref byte context);

    [DllImport(Library)]
    private static extern int SHA512_Init(ref byte context);

    [DllImport(Library)]
    private static extern int SHA512_Update(ref byte context, in byte data, nuint length);

    [DllImport(Library)]
    private static extern int SHA512_Final(ref byte digest, ref byte context);
}
