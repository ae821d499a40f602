using System.Runtime.InteropServices;

namespace Governance.Ledger.Keys;

/// <summary>
/// ECDSA P-256 verification straight through OpenSSL 3's <c>ECDSA_do_verify</c> (the arithmetic .NET's
/// <see cref="System.Security.Cryptography.ECDsa"/> reaches on Linux through EVP, without EVP's per-call context,
/// provider and error-queue work). Used only where <c>libcrypto.so.3</c> loads and a known-answer self-test passes;
/// <see cref="SshPublicKey"/> falls back to .NET's ECDsa everywhere else.
/// </summary>
internal static class OpenSslP256
{
    private const string Library = "libcrypto.so.3";
    private const int NidPrime256v1 = 415;

    private static readonly Lazy<bool> Usable = new(SelfTest, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the library loads and verifies a known signature (and refuses a tampered one) correctly.</summary>
    public static bool IsAvailable => Usable.Value;

    /// <summary>A new <c>EC_KEY</c> on P-256 holding the point (x, y), or zero when OpenSSL refuses the point.</summary>
    public static IntPtr NewKey(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        var key = EC_KEY_new_by_curve_name(NidPrime256v1);
        if (key == IntPtr.Zero)
        {
            return IntPtr.Zero;
        }

        var bx = BN_bin2bn(in MemoryMarshal.GetReference(x), x.Length, IntPtr.Zero);
        var by = BN_bin2bn(in MemoryMarshal.GetReference(y), y.Length, IntPtr.Zero);
        var ok = bx != IntPtr.Zero && by != IntPtr.Zero && EC_KEY_set_public_key_affine_coordinates(key, bx, by) == 1;
        BN_free(bx);
        BN_free(by);
        if (!ok)
        {
            EC_KEY_free(key);
            ERR_clear_error();
            return IntPtr.Zero;
        }

        return key;
    }

    /// <summary>A new <c>ECDSA_SIG</c> owning two zero <c>BIGNUM</c>s (r, s) to load values into; zero on failure.</summary>
    public static IntPtr NewSignature(out IntPtr r, out IntPtr s)
    {
        r = BN_new();
        s = BN_new();
        var sig = ECDSA_SIG_new();
        if (r == IntPtr.Zero || s == IntPtr.Zero || sig == IntPtr.Zero || ECDSA_SIG_set0(sig, r, s) != 1)
        {
            BN_free(r);
            BN_free(s);
            ECDSA_SIG_free(sig);
            r = s = IntPtr.Zero;
            return IntPtr.Zero;
        }

        return sig;
    }

    /// <summary>
    /// Loads the unsigned big-endian <paramref name="r"/> and <paramref name="s"/> into <paramref name="sig"/>'s
    /// numbers and verifies the 32-byte <paramref name="digest"/>: true only for <c>ECDSA_do_verify</c> == 1.
    /// </summary>
    public static bool Verify(IntPtr key, IntPtr sig, IntPtr sigR, IntPtr sigS, ReadOnlySpan<byte> digest, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s)
    {
        if (BN_bin2bn(in MemoryMarshal.GetReference(r), r.Length, sigR) == IntPtr.Zero
            || BN_bin2bn(in MemoryMarshal.GetReference(s), s.Length, sigS) == IntPtr.Zero)
        {
            ERR_clear_error();
            return false;
        }

        var result = ECDSA_do_verify(in MemoryMarshal.GetReference(digest), digest.Length, sig, key);
        if (result != 1)
        {
            ERR_clear_error();
        }

        return result == 1;
    }

    /// <summary>Frees what <see cref="NewKey"/> and <see cref="NewSignature"/> returned (zero is ignored).</summary>
    public static void Free(IntPtr key, IntPtr sig)
    {
        ECDSA_SIG_free(sig);
        EC_KEY_free(key);
    }

    private static bool SelfTest()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return OpenSslP256SelfTest.Passes();
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    [DllImport(Library)]
    private static extern IntPtr EC_KEY_new_by_curve_name(int nid);

    [DllImport(Library)]
    private static extern int EC_KEY_set_public_key_affine_coordinates(IntPtr key, IntPtr x, IntPtr y);

    [DllImport(Library)]
    private static extern void EC_KEY_free(IntPtr key);

    [DllImport(Library)]
    private static extern IntPtr BN_new();

    [DllImport(Library)]
    private static extern IntPtr BN_bin2bn(in byte bytes, int length, IntPtr into);

    [DllImport(Library)]
    private static extern void BN_free(IntPtr bn);

    [DllImport(Library)]
    private static extern IntPtr ECDSA_SIG_new();

    [DllImport(Library)]
    private static extern int ECDSA_SIG_set0(IntPtr sig, IntPtr r, IntPtr s);

    [DllImport(Library)]
    private static extern void ECDSA_SIG_free(IntPtr sig);

    [DllImport(Library)]
    private static extern int ECDSA_do_verify(in byte digest, int length, IntPtr sig, IntPtr key);

    [DllImport(Library)]
    private static extern void ERR_clear_error();
}
