using System.Runtime.InteropServices;

namespace Governance.Ledger.Keys;

/// <summary>
/// One P-256 public key as OpenSSL objects (an <c>EC_KEY</c> plus a reusable <c>ECDSA_SIG</c>), freed when disposed
/// or finalized. Not for concurrent use: <see cref="SshPublicKey"/> hands each verifying thread its own instance.
/// </summary>
internal sealed class OpenSslP256Verifier : SafeHandle
{
    private IntPtr _sig;
    private IntPtr _r;
    private IntPtr _s;

    /// <summary>An empty (invalid) handle; use <see cref="Create"/>.</summary>
    public OpenSslP256Verifier()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>The verifier for the affine point (x, y), or null when OpenSSL refuses the point or runs out of memory.</summary>
    public static OpenSslP256Verifier? Create(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        var key = OpenSslP256.NewKey(x, y);
        if (key == IntPtr.Zero)
        {
            return null;
        }

        var sig = OpenSslP256.NewSignature(out var r, out var s);
        if (sig == IntPtr.Zero)
        {
            OpenSslP256.Free(key, IntPtr.Zero);
            return null;
        }

        var verifier = new OpenSslP256Verifier { _sig = sig, _r = r, _s = s };
        verifier.SetHandle(key);
        return verifier;
    }

    /// <summary>Verifies (r, s), each 32 bytes big-endian, over the 32-byte <paramref name="digest"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> digest, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s)
    {
        var added = false;
        try
        {
            DangerousAddRef(ref added);
            return OpenSslP256.Verify(handle, _sig, _r, _s, digest, r, s);
        }
        finally
        {
            if (added)
            {
                DangerousRelease();
            }
        }
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        OpenSslP256.Free(handle, _sig);
        return true;
    }
}
