using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;

namespace Governance.Audit.Signing;

/// <summary>
/// Signs with a recorder key deterministically, so an export of the same ledger state is byte-identical: ECDSA
/// P-256 with the nonce derived per RFC 6979 (HMAC-SHA-256); RSA keys sign with PKCS#1 v1.5, already deterministic.
/// Signatures verify with any ECDSA verifier; only the choice of nonce differs from a random one.
/// </summary>
public sealed class DeterministicSigner : ISigner
{
    private readonly KeyPair _key;
    private readonly BigInteger? _d;

    /// <summary>Wraps <paramref name="key"/> (not disposed here).</summary>
    public DeterministicSigner(KeyPair key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        if (key.PublicKey.Algorithm == KeyAlgorithm.EcdsaP256)
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(key.ExportPrivateKeyPem());
            var d = ecdsa.ExportParameters(true).D!;
            _d = new BigInteger(d, isUnsigned: true, isBigEndian: true);
            CryptographicOperations.ZeroMemory(d);
        }
    }

    /// <inheritdoc />
    public SshPublicKey PublicKey => _key.PublicKey;

    /// <inheritdoc />
    public byte[] SignData(ReadOnlySpan<byte> data, HashAlgorithmName rsaHash, DSASignatureFormat ecdsaFormat)
    {
        if (_d is not { } d)
        {
            return _key.SignData(data, rsaHash, ecdsaFormat);
        }

        var hash = SHA256.HashData(data);
        var e = ToInt(hash) % P256.N;
        var k = Nonce(d, hash);
        while (true)
        {
            var r = P256.Mod(P256.MultiplyBaseX(k), P256.N);
            var s = P256.Mod(BigInteger.ModPow(k, P256.N - 2, P256.N) * (e + (r * d)), P256.N);
            if (!r.IsZero && !s.IsZero)
            {
                return Encode(r, s, ecdsaFormat);
            }

            k = P256.Mod(k + 1, P256.N);
        }
    }

    private static BigInteger Nonce(BigInteger d, byte[] hash)
    {
        var x = ToBytes(d);
        var h = ToBytes(ToInt(hash) % P256.N);
        var v = Enumerable.Repeat((byte)1, 32).ToArray();
        var k = new byte[32];
        k = HMACSHA256.HashData(k, (byte[])[.. v, 0, .. x, .. h]);
        v = HMACSHA256.HashData(k, v);
        k = HMACSHA256.HashData(k, (byte[])[.. v, 1, .. x, .. h]);
        v = HMACSHA256.HashData(k, v);
        while (true)
        {
            v = HMACSHA256.HashData(k, v);
            var candidate = ToInt(v);
            if (candidate >= 1 && candidate < P256.N)
            {
                return candidate;
            }

            k = HMACSHA256.HashData(k, (byte[])[.. v, 0]);
            v = HMACSHA256.HashData(k, v);
        }
    }

    private static byte[] Encode(BigInteger r, BigInteger s, DSASignatureFormat format)
    {
        if (format == DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
        {
            return [.. ToBytes(r), .. ToBytes(s)];
        }

        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(r);
            writer.WriteInteger(s);
        }

        return writer.Encode();
    }

    private static BigInteger ToInt(byte[] bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    private static byte[] ToBytes(BigInteger value)
    {
        var raw = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[32];
        raw.CopyTo(padded, 32 - raw.Length);
        return padded;
    }
}
