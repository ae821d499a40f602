using System.Collections.Concurrent;

namespace Governance.Ledger.Keys;

/// <summary>
/// The native verifiers of one P-256 key: each concurrent caller takes its own <see cref="OpenSslP256Verifier"/>
/// (an OpenSSL <c>EC_KEY</c> is never shared between threads) and puts it back; the pool grows to the number of
/// threads verifying at once. Freed by the verifiers' finalizers when the key is collected.
/// </summary>
internal sealed class OpenSslP256Pool(byte[] x, byte[] y)
{
    private ConcurrentBag<OpenSslP256Verifier>? _verifiers;
    private volatile bool _refused;

    /// <summary>
    /// OpenSSL's verdict on (r‖s) over a 32-byte digest, or null when the native path is not usable here (no
    /// <c>libcrypto.so.3</c>, failed self-test, OpenSSL refused the point, other lengths): the caller then asks .NET.
    /// </summary>
    public bool? TryVerify(ReadOnlySpan<byte> digest, ReadOnlySpan<byte> signature)
    {
        if (digest.Length != 32 || signature.Length != 64 || x.Length != 32 || y.Length != 32 || _refused || !OpenSslP256.IsAvailable)
        {
            return null;
        }

        // Created on first use: many keys are parsed (every signature names one) and never verify anything.
        var verifiers = LazyInitializer.EnsureInitialized(ref _verifiers);
        if (!verifiers.TryTake(out var verifier) && (verifier = OpenSslP256Verifier.Create(x, y)) is null)
        {
            _refused = true;
            return null;
        }

        try
        {
            return verifier.Verify(digest, signature[..32], signature[32..]);
        }
        finally
        {
            verifiers.Add(verifier);
        }
    }
}
