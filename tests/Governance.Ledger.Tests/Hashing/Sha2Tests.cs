using System.Security.Cryptography;
using Governance.Ledger.Hashing;

namespace Governance.Ledger.Tests.Hashing;

/// <summary>The verifier's direct OpenSSL hashing must give .NET's digests for every input, on every thread.</summary>
public sealed class Sha2Tests
{
    [Fact]
    public void IsNative_OnLinux_DirectPathInUse()
    {
        // Without this the tests below would only compare .NET with itself.
        Assert.Equal(OperatingSystem.IsLinux(), Sha2.IsNative);
    }

    [Fact]
    public void Sha256AndSha512_EveryLengthAcrossSeveralBlocks_SameAsDotNet()
    {
        var random = new Random(256);
        var data = new byte[5_000];
        random.NextBytes(data);
        Span<byte> d256 = stackalloc byte[32];
        Span<byte> d512 = stackalloc byte[64];
        for (var n = 0; n <= 1_100; n++)
        {
            AssertSame(data.AsSpan(0, n), d256, d512);
        }

        for (var i = 0; i < 200; i++)
        {
            AssertSame(data.AsSpan(random.Next(data.Length), random.Next(0, 1)), d256, d512);
            var start = random.Next(data.Length);
            AssertSame(data.AsSpan(start, random.Next(data.Length - start)), d256, d512);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(476)]
    public void Sha256_WithPrefix_SameAsHashingTheConcatenation(int length)
    {
        var data = Enumerable.Range(0, length).Select(i => (byte)(i * 31)).ToArray();
        Span<byte> digest = stackalloc byte[32];
        byte[][] prefixes = [[], [0x00], [0x01], [.. Enumerable.Range(0, 70).Select(i => (byte)i)]];
        foreach (var prefix in prefixes)
        {
            Sha2.Sha256(prefix, data, digest);
            Assert.Equal(SHA256.HashData([.. prefix, .. data]), digest.ToArray());
        }
    }

    [Fact]
    public void Sha256_DestinationIsThePrefix_RunningHashOfBoth()
    {
        var running = SHA256.HashData("first"u8);
        var expected = SHA256.HashData([.. running, .. "1 0123456789abcdef0123456789abcdef01234567\n"u8]);

        Sha2.Sha256(running, "1 0123456789abcdef0123456789abcdef01234567\n"u8, running);

        Assert.Equal(expected, running);
    }

    [Fact]
    public void Sha256_EightThreadsAtOnce_EveryDigestRight()
    {
        var inputs = Enumerable.Range(0, 64).Select(i => Enumerable.Range(0, i * 37).Select(b => (byte)(b ^ i)).ToArray()).ToArray();
        var expected = inputs.Select(i => SHA256.HashData(i)).ToArray();
        var wrong = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            Span<byte> digest = stackalloc byte[32];
            for (var round = 0; round < 500; round++)
            {
                var k = (round + t) % inputs.Length;
                Sha2.Sha256(inputs[k], digest);
                if (!digest.SequenceEqual(expected[k]))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
    }

    [Fact]
    public void Sha256_DestinationTooSmall_Throws() =>
        Assert.Throws<ArgumentException>(() => Sha2.Sha256("abc"u8, new byte[31]));

    private static void AssertSame(ReadOnlySpan<byte> input, Span<byte> d256, Span<byte> d512)
    {
        Sha2.Sha256(input, d256);
        Sha2.Sha512(input, d512);
        Assert.True(d256.SequenceEqual(SHA256.HashData(input)), $"SHA-256 differs at length {input.Length}");
        Assert.True(d512.SequenceEqual(SHA512.HashData(input)), $"SHA-512 differs at length {input.Length}");
    }
}
