using System.Numerics;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Tests.Keys;
using Governance.Ledger.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Ledger.Tests.Signing;

/// <summary>For P-256 signatures re-encoded with edge-case (r, s), our verdict must equal <c>ssh-keygen -Y verify</c>'s.</summary>
public sealed class SshsigKeygenAgreementTests
{
    private static readonly byte[] Data = "agreement with ssh-keygen\n"u8.ToArray();

    [Fact]
    public void Verify_EdgeCaseEcdsaSignatures_SameVerdictAsSshKeygen()
    {
        using var dir = new TempDirectory();
        using var key = KeyPair.Generate();
        File.WriteAllText(dir.File("allowed"), "ci@example.com " + key.PublicKey.ToOpenSsh() + "\n");
        var sig = Sshsig.Parse(Sshsig.Sign(Data, key, "file"));
        var raw = sig.RawSignature.ToArray();
        var s = new BigInteger(raw.AsSpan(32), isUnsigned: true, isBigEndian: true);
        var variants = new (string Name, byte[] Signature)[]
        {
            ("valid", raw),
            ("s = n - s", [.. raw[..32], .. Field(P256Mutations.N - s)]),
            ("r bit flipped", P256Mutations.Flip(raw, 77)),
            ("s bit flipped", P256Mutations.Flip(raw, 300)),
            ("s = 0", [.. raw[..32], .. new byte[32]]),
            ("r = n", [.. Field(P256Mutations.N), .. raw[32..]]),
        };
        foreach (var (name, signature) in variants)
        {
            File.WriteAllText(dir.File("sig"), Armor(key.PublicKey, signature));
            var sshKeygen = SshKeygen.Verify(dir.File("allowed"), "ci@example.com", "file", dir.File("sig"), Data).ExitCode == 0;
            var ours = Sshsig.Verify(Data, Sshsig.Parse(File.ReadAllText(dir.File("sig"))), "file", key.PublicKey);
            Assert.True(sshKeygen == ours, $"'{name}': ssh-keygen {sshKeygen}, ours {ours}");
            Assert.Equal(name is "valid" or "s = n - s", ours);
        }
    }

    private static string Armor(SshPublicKey key, byte[] p1363)
    {
        var inner = new SshWireWriter().MPInt(p1363.AsSpan(0, 32)).MPInt(p1363.AsSpan(32)).ToArray();
        var sigBlob = new SshWireWriter().String(SshPublicKey.EcdsaP256Type).String(inner).ToArray();
        var blob = new SshWireWriter().Raw("SSHSIG"u8).UInt32(1).String(key.Blob).String("file").String(ReadOnlySpan<byte>.Empty)
            .String("sha512").String(sigBlob).ToArray();
        var base64 = Convert.ToBase64String(blob);
        var lines = Enumerable.Range(0, (base64.Length + 69) / 70).Select(i => base64.Substring(i * 70, Math.Min(70, base64.Length - (i * 70))));
        return "-----BEGIN SSH SIGNATURE-----\n" + string.Join('\n', lines) + "\n-----END SSH SIGNATURE-----\n";
    }

    private static byte[] Field(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        return [.. new byte[32 - bytes.Length], .. bytes];
    }
}
