using Governance.Ledger.Keys;
using Governance.Testing.Files;
using Governance.Testing.Time;
using Governance.Testing.Builders;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Tests.Recording;

public sealed class KeyServiceTests
{
    [Fact]
    public async Task GenerateAsync_RecorderRole_LinesTrustTheWrittenKeyAsRecorder()
    {
        using var dir = new TempDirectory();

        var key = await new KeyService(Context(dir.Path)).GenerateAsync("keys/ci.pem", "ci@acme", recorder: true, KeyAlgorithm.EcdsaP256, force: false, CancellationToken.None);

        var publicKey = File.ReadAllText(dir.File("keys/ci.pem.pub")).Trim();
        Assert.Equal("ci.pem.pub", key.PublicKeyFile);
        Assert.StartsWith("ci@acme namespaces=\"git\" ", key.AllowedSignersLine, StringComparison.Ordinal);
        Assert.StartsWith(key.AllowedSignersLine.Split(' ')[2] + " " + key.AllowedSignersLine.Split(' ')[3], publicKey, StringComparison.Ordinal);
        Assert.NotNull(key.RecorderLine);
    }

    [Fact]
    public async Task GenerateAsync_PersonRole_NoRecorderLineAndStatementNamespaceOnly()
    {
        using var dir = new TempDirectory();

        var key = await new KeyService(Context(dir.Path)).GenerateAsync("alice.pem", "alice@acme", recorder: false, KeyAlgorithm.EcdsaP256, force: false, CancellationToken.None);

        Assert.StartsWith("alice@acme namespaces=\"governance-attestation\" ", key.AllowedSignersLine, StringComparison.Ordinal);
        Assert.Null(key.RecorderLine);
    }

    [Fact]
    public async Task GenerateAsync_ExistingFileWithoutForce_RefusedAndFileKept()
    {
        using var dir = new TempDirectory();
        var existing = dir.Write("k.pem", "precious");

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new KeyService(Context(dir.Path)).GenerateAsync("k.pem", "a@acme", false, KeyAlgorithm.EcdsaP256, false, CancellationToken.None));

        Assert.Equal("k.pem: already exists; pass --force to overwrite", refused.Message);
        Assert.Equal("precious", File.ReadAllText(existing));
    }

    [Fact]
    public async Task GenerateAsync_PrincipalWithQuote_RefusedBeforeWriting()
    {
        using var dir = new TempDirectory();

        // A quote would end the allowed_signers namespaces="…" option early and smuggle in options of the attacker's choosing.
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new KeyService(Context(dir.Path)).GenerateAsync("k.pem", "a\"@acme", false, KeyAlgorithm.EcdsaP256, false, CancellationToken.None));

        Assert.Contains("may not contain spaces or quotes", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("k.pem")));
    }

    private static HostContext Context(string directory) =>
        new(new StringWriter(), new StringWriter(), new Dictionary<string, string>(), directory, new FixedClock(Some.Now));
}
