using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Governance.Testing.Trust;

/// <summary>
/// Signing keys as <c>govern keys generate</c> writes them: ECDSA P-256 as a PKCS#8 PEM (mode 0600) with its OpenSSH
/// <c>.pub</c> beside it, and the allowed_signers line for the role (namespace <c>git</c> for a recorder,
/// <c>governance-attestation</c> for a person). Written here with .NET's own crypto, independently of the code under test.
/// </summary>
public static class TestKey
{
    /// <summary>Writes the key to <paramref name="path"/> (and <c>path.pub</c>); returns its allowed_signers line.</summary>
    public static string Generate(string path, string principal, bool recorder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var publicKey = OpenSsh(key);
        File.WriteAllText(path + ".pub", $"{publicKey} {principal}\n");
        return $"{principal} namespaces=\"{(recorder ? "git" : "governance-attestation")}\" {publicKey}";
    }

    // RFC 5656 §3.1: string "ecdsa-sha2-nistp256", string "nistp256", string Q (uncompressed point).
    private static string OpenSsh(ECDsa key)
    {
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        byte[] point = [0x04, .. q.X!, .. q.Y!];
        using var blob = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var part in new[] { Encoding.ASCII.GetBytes("ecdsa-sha2-nistp256"), Encoding.ASCII.GetBytes("nistp256"), point })
        {
            BinaryPrimitives.WriteInt32BigEndian(length, part.Length);
            blob.Write(length);
            blob.Write(part);
        }

        return "ecdsa-sha2-nistp256 " + Convert.ToBase64String(blob.ToArray());
    }
}
