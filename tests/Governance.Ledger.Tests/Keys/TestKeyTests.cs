using Governance.Ledger.Keys;
using Governance.Ledger.Trust;
using Governance.Testing.Files;
using Governance.Testing.Trust;

namespace Governance.Ledger.Tests.Keys;

/// <summary>The shared test-key writer produces what <c>govern keys generate</c> does: a key the ledger loads and the same allowed_signers line.</summary>
public sealed class TestKeyTests
{
    [Theory]
    [InlineData(true, TrustStore.GitNamespace)]
    [InlineData(false, TrustStore.AttestationNamespace)]
    public void Generate_Key_LoadsWithTheLedgerAndMatchesItsAllowedSignersLine(bool recorder, string expectedNamespace)
    {
        using var dir = new TempDirectory();
        var line = TestKey.Generate(dir.File("k.pem"), "ci@acme.example", recorder);

        using var key = KeyPair.Load(dir.File("k.pem"));
        Assert.Equal($"ci@acme.example namespaces=\"{expectedNamespace}\" {key.PublicKey.ToOpenSsh()}", line);
        Assert.Equal(key.PublicKey, SshPublicKey.Parse(File.ReadAllText(dir.File("k.pem.pub"))));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dir.File("k.pem")));
        }
    }
}
