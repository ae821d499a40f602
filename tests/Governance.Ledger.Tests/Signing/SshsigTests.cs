using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Ledger.Tests.Signing;

public sealed class SshsigTests
{
    private static readonly byte[] Data = "the quick brown fox\n"u8.ToArray();

    [Theory]
    [InlineData(KeyAlgorithm.EcdsaP256)]
    [InlineData(KeyAlgorithm.Rsa)]
    public void Sign_OurSignature_VerifiesWithSshKeygen(KeyAlgorithm algorithm)
    {
        using var dir = new TempDirectory();
        using var key = KeyPair.Generate(algorithm);
        File.WriteAllText(dir.File("allowed"), "ci@example.com " + key.PublicKey.ToOpenSsh() + "\n");
        File.WriteAllText(dir.File("sig"), Sshsig.Sign(Data, key, "file"));

        var good = SshKeygen.Verify(dir.File("allowed"), "ci@example.com", "file", dir.File("sig"), Data);
        Assert.True(good.ExitCode == 0, good.StdErr + good.StdOut);
        Assert.NotEqual(0, SshKeygen.Verify(dir.File("allowed"), "ci@example.com", "file", dir.File("sig"), [.. Data, 0x21]).ExitCode);
        Assert.NotEqual(0, SshKeygen.Verify(dir.File("allowed"), "ci@example.com", "git", dir.File("sig"), Data).ExitCode);
    }

    [Theory]
    [InlineData("ecdsa", 256)]
    [InlineData("rsa", 3072)]
    public void Verify_SshKeygenSignature_VerifiesWithOurs(string type, int bits)
    {
        using var dir = new TempDirectory();
        SshKeygen.Generate(dir.File("key"), type, bits);
        File.WriteAllBytes(dir.File("data"), Data);
        var armored = SshKeygen.Sign(dir.File("key"), "file", dir.File("data"));

        var expectedKey = SshPublicKey.Parse(File.ReadAllText(dir.File("key.pub")));
        Assert.True(Sshsig.TryVerify(Data, armored, "file", out var sig));
        Assert.Equal(expectedKey, sig!.PublicKey);
        Assert.True(Sshsig.Verify(Data, sig, "file", expectedKey));
        Assert.False(Sshsig.Verify([.. Data, 1], sig, "file"));
        Assert.False(Sshsig.Verify(Data, sig, "git"));
    }

    [Fact]
    public void Verify_TamperedSignatureBytes_Rejected()
    {
        using var key = KeyPair.Generate();
        var sig = Sshsig.Parse(Sshsig.Sign(Data, key, "git"));
        var raw = sig.RawSignature.ToArray();
        raw[10] ^= 1;
        Assert.True(Sshsig.Verify(Data, sig, "git"));
        Assert.False(Sshsig.Verify(Data, sig with { RawSignature = raw }, "git"));
    }

    [Fact]
    public void Verify_TrustedKeyDiffersFromNamedKey_Rejected()
    {
        using var key = KeyPair.Generate();
        using var other = KeyPair.Generate();
        var sig = Sshsig.Parse(Sshsig.Sign(Data, key, "git"));
        Assert.False(Sshsig.Verify(Data, sig, "git", other.PublicKey));
    }

    [Fact]
    public void Parse_TrailingDataOrBadArmor_Throws()
    {
        using var key = KeyPair.Generate();
        var armored = Sshsig.Sign(Data, key, "git");
        var body = string.Concat(armored.Split('\n')[1..^2]);
        var withTrailing = Convert.ToBase64String([.. Convert.FromBase64String(body), 0]);
        Assert.Throws<FormatException>(() => Sshsig.Parse("-----BEGIN SSH SIGNATURE-----\n" + withTrailing + "\n-----END SSH SIGNATURE-----\n"));
        Assert.Throws<FormatException>(() => Sshsig.Parse("garbage"));
        Assert.NotNull(Sshsig.Parse(armored.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_SignatureLargerThanTheStackBuffer_ParsesAndVerifies()
    {
        using var key = KeyPair.Generate();
        var ns = new string('n', 1500);
        var sig = Sshsig.Parse(Sshsig.Sign(Data, key, ns));
        Assert.Equal(ns, sig.Namespace);
        Assert.True(Sshsig.Verify(Data, sig, ns, key.PublicKey));
        Assert.False(Sshsig.Verify(Data, sig, ns[1..], key.PublicKey));
    }

    [Fact]
    public void Sign_Armor_WrapsAt70ColumnsWithLf()
    {
        using var key = KeyPair.Generate();
        var lines = Sshsig.Sign(Data, key, "git").Split('\n');
        Assert.Equal("-----BEGIN SSH SIGNATURE-----", lines[0]);
        Assert.All(lines[1..^3], l => Assert.Equal(70, l.Length));
        Assert.Equal("", lines[^1]);
    }
}
