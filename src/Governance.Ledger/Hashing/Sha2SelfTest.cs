using System.Security.Cryptography;

namespace Governance.Ledger.Hashing;

/// <summary>
/// Decides whether <see cref="Sha2"/> may call OpenSSL directly: only on Linux, only when the library and its six
/// functions load, and only when they give the FIPS 180 answers for "abc" and .NET's answers at every padding
/// boundary of both block sizes (prefixed and not).
/// </summary>
internal static class Sha2SelfTest
{
    // Every padding case of both block sizes (SHA-256: 64-byte blocks, length field from byte 56; SHA-512: 128 and
    // 112) and a multi-block input: enough to catch a wrong binding, cheap enough for every process that hashes.
    private static readonly int[] Lengths = [0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 300];

    public static bool Passes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Agrees();
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or CryptographicException)
        {
            return false;
        }
    }

    private static bool Agrees()
    {
        var data = new byte[300];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)((i * 167) + 13);
        }

        Span<byte> ours256 = stackalloc byte[32];
        Span<byte> ours512 = stackalloc byte[64];
        Sha2Native.Sha256(default, "abc"u8, ours256);
        Sha2Native.Sha512("abc"u8, ours512);
        if (Convert.ToHexStringLower(ours256) != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
            || !ours512.StartsWith(Convert.FromHexString("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a")))
        {
            return false;
        }

        foreach (var n in Lengths)
        {
            Sha2Native.Sha256(default, data.AsSpan(0, n), ours256);
            Sha2Native.Sha512(data.AsSpan(0, n), ours512);
            if (!ours256.SequenceEqual(SHA256.HashData(data.AsSpan(0, n))) || !ours512.SequenceEqual(SHA512.HashData(data.AsSpan(0, n))))
            {
                return false;
            }

            Sha2Native.Sha256([0x00], data.AsSpan(0, n), ours256);
            if (!ours256.SequenceEqual(SHA256.HashData([0x00, .. data.AsSpan(0, n)])))
            {
                return false;
            }
        }

        return true;
    }
}
