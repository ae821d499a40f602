using System.Security.Cryptography;

namespace Governance.Ledger.Keys;

/// <summary>
/// Known-answer test for <see cref="OpenSslP256"/> before it is trusted with a single verification: a fixed P-256
/// signature (made with <c>openssl dgst -sha256 -sign</c>) must verify, and the same with r, s or the digest
/// altered must not.
/// </summary>
internal static class OpenSslP256SelfTest
{
    private static readonly byte[] X = Convert.FromHexString("fa8b3161a85053514379ecbdc43bcac6a352bd25c00bc2a0b7d02572428279f8");
    private static readonly byte[] Y = Convert.FromHexString("7fb66788f368da020a2aaf28795fc9b326c77594147ff0a235ecfe3dd0142be2");
    private static readonly byte[] R = Convert.FromHexString("11e74d7ae9feea620cf80a0526792d1a826c6e13477d08909b991ab0e8226e72");
    private static readonly byte[] S = Convert.FromHexString("70699f8f95477904634109e333909cc726522368442a431f46839f95e9a794de");

    /// <summary>True when the good signature verifies and every altered one is refused.</summary>
    public static bool Passes()
    {
        var digest = SHA256.HashData("governance p256 self-test"u8);
        using var verifier = OpenSslP256Verifier.Create(X, Y);
        if (verifier is null || !verifier.Verify(digest, R, S))
        {
            return false;
        }

        var badDigest = (byte[])digest.Clone();
        badDigest[0] ^= 1;
        var badS = (byte[])S.Clone();
        badS[^1] ^= 1;
        return !verifier.Verify(badDigest, R, S) && !verifier.Verify(digest, S, R) && !verifier.Verify(digest, R, badS);
    }
}
