using System.Numerics;

namespace Governance.Ledger.Tests.Keys;

/// <summary>Edge-case and tampered variants of a P-256 signature (IEEE P1363 r‖s) for differential tests.</summary>
internal static class P256Mutations
{
    /// <summary>The order n of the P-256 group.</summary>
    public static readonly BigInteger N = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    /// <summary>The signature itself plus variants an attacker could try; each named for failure messages.</summary>
    public static IEnumerable<(string Name, byte[] Signature)> Of(byte[] p1363, Random random)
    {
        var r = Number(p1363.AsSpan(0, 32));
        var s = Number(p1363.AsSpan(32, 32));
        yield return ("valid", p1363);
        yield return ("r bit flipped", Flip(p1363, random.Next(0, 256)));
        yield return ("s bit flipped", Flip(p1363, 256 + random.Next(0, 256)));
        yield return ("s = n - s", Join(r, N - s));
        yield return ("r = n - r", Join(N - r, s));
        yield return ("r = 0", Join(0, s));
        yield return ("s = 0", Join(r, 0));
        yield return ("r = s = 0", new byte[64]);
        yield return ("r = n", Join(N, s));
        yield return ("s = n", Join(r, N));
        yield return ("s = s + n", s + N < BigInteger.One << 256 ? Join(r, s + N) : Join(r, N + 1));
        yield return ("r = r + n", r + N < BigInteger.One << 256 ? Join(r + N, s) : Join(N + 1, s));
        yield return ("r = 2^256 - 1", Join((BigInteger.One << 256) - 1, s));
        yield return ("s = 1", Join(r, 1));
        yield return ("r and s swapped", Join(s, r));
        yield return ("63 bytes", p1363[..63]);
        yield return ("65 bytes", [.. p1363, 0]);
        yield return ("empty", []);
    }

    /// <summary>A copy of <paramref name="bytes"/> with bit <paramref name="bit"/> (0 = top bit of byte 0) inverted.</summary>
    public static byte[] Flip(byte[] bytes, int bit)
    {
        var copy = (byte[])bytes.Clone();
        copy[bit / 8] ^= (byte)(0x80 >> (bit % 8));
        return copy;
    }

    private static BigInteger Number(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    private static byte[] Join(BigInteger r, BigInteger s) => [.. Field(r), .. Field(s)];

    private static byte[] Field(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        return [.. new byte[32 - bytes.Length], .. bytes];
    }
}
