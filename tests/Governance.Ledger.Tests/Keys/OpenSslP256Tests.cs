using System.Security.Cryptography;
using Governance.Ledger.Keys;

namespace Governance.Ledger.Tests.Keys;

/// <summary>
/// The OpenSSL P-256 path must make exactly .NET ECDsa's accept/reject decisions: random keys and messages, valid
/// signatures and every variant of <see cref="P256Mutations"/>, other messages, other keys and altered digests.
/// </summary>
public sealed class OpenSslP256Tests
{
    [Fact]
    public void IsAvailable_OnLinux_True()
    {
        // The native path is what audit verify uses on Linux; if it silently fell back, the tests below would test .NET twice.
        Assert.Equal(OperatingSystem.IsLinux(), OpenSslP256.IsAvailable);
    }

    [Fact]
    public void Verify_RandomKeysMessagesAndMutations_SameDecisionsAsDotNet()
    {
        var random = new Random(20261203);
        var decisions = new Dictionary<bool, int>();
        for (var k = 0; k < 12; k++)
        {
            using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var key = SshPublicKey.FromAlgorithm(ecdsa);
            var q = ecdsa.ExportParameters(false).Q;
            using var native = OperatingSystem.IsLinux() ? OpenSslP256Verifier.Create(q.X, q.Y) : null;
            for (var m = 0; m < 6; m++)
            {
                var digest = SHA256.HashData(RandomBytes(random, random.Next(0, 300)));
                var signature = ecdsa.SignHash(digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                var otherDigest = SHA256.HashData(RandomBytes(random, 40));
                var cases = P256Mutations.Of(signature, random)
                    .Select(c => (c.Name, Digest: digest, c.Signature))
                    .Append(("digest bit flipped", P256Mutations.Flip(digest, random.Next(0, 256)), signature))
                    .Append(("another message", otherDigest, signature))
                    .Append(("another message's signature", digest, ecdsa.SignHash(otherDigest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)))
                    .Append(("another key's signature", digest, other.SignHash(digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)))
                    .Append(("20-byte digest", digest[..20], signature))
                    .Append(("48-byte digest", [.. digest, .. digest[..16]], signature));
                foreach (var (name, d, sig) in cases)
                {
                    var expected = ecdsa.VerifyHash(d, sig, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                    decisions[expected] = decisions.GetValueOrDefault(expected) + 1;
                    Assert.True(expected == key.VerifyP256Hash(d, sig), $"SshPublicKey disagrees with .NET on '{name}' (key {k}, message {m})");
                    if (native is not null && d.Length == 32 && sig.Length == 64)
                    {
                        Assert.True(expected == native.Verify(d, sig.AsSpan(0, 32), sig.AsSpan(32)), $"OpenSSL disagrees with .NET on '{name}' (key {k}, message {m})");
                    }
                }
            }
        }

        Assert.True(decisions[true] >= 12 * 6 * 2, "expected the valid and the s = n - s signatures to verify");
        Assert.True(decisions[false] >= 12 * 6 * 10);
    }

    [Fact]
    public void VerifyP256Hash_KeyWithFlippedPointBit_SameDecisionAsDotNet()
    {
        var random = new Random(7);
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var blob = SshPublicKey.FromAlgorithm(ecdsa).Blob.ToArray();
        var digest = SHA256.HashData("flipped key"u8);
        var signature = ecdsa.SignHash(digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        for (var i = 0; i < 24; i++)
        {
            var bit = (blob.Length - 64) * 8 + random.Next(0, 512);
            var tampered = SshPublicKey.FromBlob(P256Mutations.Flip(blob, bit));
            var q = new ECPoint { X = tampered.Blob[^64..^32].ToArray(), Y = tampered.Blob[^32..].ToArray() };
            bool expected;
            try
            {
                using var reference = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = q });
                expected = reference.VerifyHash(digest, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            }
            catch (CryptographicException)
            {
                expected = false;
            }

            Assert.False(expected);
            Assert.Equal(expected, tampered.VerifyP256Hash(digest, signature));
            Assert.Null(OpenSslP256Verifier.Create(q.X, q.Y));
        }
    }

    [Fact]
    public void VerifyP256Hash_ManyThreadsOneKey_EveryDecisionRight()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = SshPublicKey.FromAlgorithm(ecdsa);
        var digests = Enumerable.Range(0, 64).Select(i => SHA256.HashData(BitConverter.GetBytes(i))).ToArray();
        var signatures = digests.Select(d => ecdsa.SignHash(d, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)).ToArray();
        var wrong = 0;
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var j = i % digests.Length;
            var tampered = i % 3 == 0;
            var sig = tampered ? P256Mutations.Flip(signatures[j], i % 512) : signatures[j];
            if (key.VerifyP256Hash(digests[j], sig) == tampered)
            {
                Interlocked.Increment(ref wrong);
            }
        });
        Assert.Equal(0, wrong);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
