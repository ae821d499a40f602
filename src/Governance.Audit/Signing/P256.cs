using System.Numerics;

namespace Governance.Audit.Signing;

/// <summary>NIST P-256 scalar multiplication of the base point (Jacobian coordinates), for deterministic ECDSA.</summary>
internal static class P256
{
    public static readonly BigInteger P = Hex("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF");
    public static readonly BigInteger N = Hex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
    private static readonly BigInteger Gx = Hex("6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296");
    private static readonly BigInteger Gy = Hex("4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5");

    /// <summary>The affine x coordinate of k·G.</summary>
    public static BigInteger MultiplyBaseX(BigInteger k)
    {
        (BigInteger X, BigInteger Y, BigInteger Z) r = (0, 1, 0);
        var g = (Gx, Gy, BigInteger.One);
        for (var bit = (int)k.GetBitLength() - 1; bit >= 0; bit--)
        {
            r = Double(r);
            if (!(k >> bit).IsEven)
            {
                r = Add(r, g);
            }
        }

        var zInv = BigInteger.ModPow(r.Z, P - 2, P);
        return Mod(r.X * zInv * zInv);
    }

    public static BigInteger Mod(BigInteger a, BigInteger? m = null)
    {
        var mod = m ?? P;
        var r = a % mod;
        return r.Sign < 0 ? r + mod : r;
    }

    private static (BigInteger, BigInteger, BigInteger) Double((BigInteger X, BigInteger Y, BigInteger Z) p)
    {
        if (p.Z.IsZero || p.Y.IsZero)
        {
            return (0, 1, 0);
        }

        var delta = Mod(p.Z * p.Z);
        var gamma = Mod(p.Y * p.Y);
        var beta = Mod(p.X * gamma);
        var alpha = Mod(3 * (p.X - delta) * (p.X + delta));
        var x3 = Mod((alpha * alpha) - (8 * beta));
        var z3 = Mod(((p.Y + p.Z) * (p.Y + p.Z)) - gamma - delta);
        var y3 = Mod((alpha * ((4 * beta) - x3)) - (8 * gamma * gamma));
        return (x3, y3, z3);
    }

    private static (BigInteger, BigInteger, BigInteger) Add((BigInteger X, BigInteger Y, BigInteger Z) a, (BigInteger X, BigInteger Y, BigInteger Z) b)
    {
        if (a.Z.IsZero)
        {
            return b;
        }

        var z1z1 = Mod(a.Z * a.Z);
        var z2z2 = Mod(b.Z * b.Z);
        var u1 = Mod(a.X * z2z2);
        var u2 = Mod(b.X * z1z1);
        var s1 = Mod(a.Y * b.Z * z2z2);
        var s2 = Mod(b.Y * a.Z * z1z1);
        if (u1 == u2)
        {
            return s1 == s2 ? Double(a) : (0, 1, 0);
        }

        var h = Mod(u2 - u1);
        var r = Mod(s2 - s1);
        var h2 = Mod(h * h);
        var h3 = Mod(h * h2);
        var u1h2 = Mod(u1 * h2);
        var x3 = Mod((r * r) - h3 - (2 * u1h2));
        var y3 = Mod((r * (u1h2 - x3)) - (s1 * h3));
        var z3 = Mod(h * a.Z * b.Z);
        return (x3, y3, z3);
    }

    private static BigInteger Hex(string hex) => new(Convert.FromHexString(hex), isUnsigned: true, isBigEndian: true);
}
