using Governance.Ledger.Keys;
using Governance.Ledger.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Ledger.Tests.Keys;

public sealed class KeyPairTests
{
    [Theory]
    [InlineData(KeyAlgorithm.EcdsaP256, "ecdsa-sha2-nistp256")]
    [InlineData(KeyAlgorithm.Rsa, "ssh-rsa")]
    public void Save_WritesPemWithMode0600AndPubLine_FingerprintMatchesSshKeygen(KeyAlgorithm algorithm, string type)
    {
        using var dir = new TempDirectory();
        using var key = KeyPair.Generate(algorithm);
        var pub = key.Save(dir.File("key"), "ci@example.com");

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dir.File("key")));
        }

        Assert.StartsWith(type + " AAAA", File.ReadAllText(pub), StringComparison.Ordinal);
        Assert.EndsWith(" ci@example.com\n", File.ReadAllText(pub), StringComparison.Ordinal);
        Assert.Equal(SshKeygen.Fingerprint(pub), key.PublicKey.Fingerprint);

        using var loaded = KeyPair.Load(dir.File("key"));
        Assert.Equal(key.PublicKey, loaded.PublicKey);
    }

    [Fact]
    public void Parse_OpenSshLine_RoundTripsAndRejectsMismatchedType()
    {
        using var key = KeyPair.Generate();
        var line = key.PublicKey.ToOpenSsh("me");
        var (parsed, comment) = OpenSshPublicKeyFormat.Parse(line);
        Assert.Equal(key.PublicKey, parsed);
        Assert.Equal("me", comment);
        Assert.Throws<FormatException>(() => SshPublicKey.Parse(line.Replace("ecdsa-sha2-nistp256", "ssh-rsa", StringComparison.Ordinal)));
        Assert.Throws<FormatException>(() => SshPublicKey.Parse("ecdsa-sha2-nistp256 !!!"));
    }

    [Fact]
    public void FromPem_SshKeygenPkcs8Key_LoadsSamePublicKey()
    {
        using var dir = new TempDirectory();
        SshKeygen.Generate(dir.File("k"), "ecdsa", 256);
        using var key = KeyPair.Load(dir.File("k"));
        Assert.Equal(SshPublicKey.Parse(File.ReadAllText(dir.File("k.pub"))), key.PublicKey);
    }

    [Fact]
    public void FromPem_OpenSshFormatKey_ThrowsWithConversionHint()
    {
        var ex = Assert.Throws<FormatException>(() => KeyPair.FromPem("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"));
        Assert.Contains("PKCS8", ex.Message, StringComparison.Ordinal);
    }
}
