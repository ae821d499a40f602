using Governance.Ledger.Keys;
using Governance.Ledger.Trust;

namespace Governance.Ledger.Tests.Trust;

public sealed class TrustStoreTests
{
    private static readonly DateTimeOffset Mid2026 = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_OptionsQuotesAndComments_AppliesEachOption()
    {
        using var ci = KeyPair.Generate();
        using var alice = KeyPair.Generate();
        var text = $"""
            # recorder
            ledger-ci@acme.example namespaces="git",valid-after="20260101Z",valid-before="20270101Z" {ci.PublicKey.ToOpenSsh()} ci key

            "*@acme.example,!mallory@acme.example" {alice.PublicKey.ToOpenSsh()}
            """;
        var store = TrustStore.Parse(text);

        Assert.Equal(["ledger-ci@acme.example"], store.FindPrincipals(ci.PublicKey, "git", Mid2026));
        Assert.Empty(store.FindPrincipals(ci.PublicKey, "file", Mid2026));
        Assert.Empty(store.FindPrincipals(ci.PublicKey, "git", new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        Assert.Empty(store.FindPrincipals(ci.PublicKey, "git", new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(store.IsAllowed("alice@acme.example", alice.PublicKey, "anything", Mid2026));
        Assert.False(store.IsAllowed("mallory@acme.example", alice.PublicKey, "git", Mid2026));
        Assert.False(store.IsAllowed("alice@other.example", alice.PublicKey, "git", Mid2026));
        Assert.False(store.IsAllowed("alice@acme.example", ci.PublicKey, "git", Mid2026));
    }

    [Fact]
    public void Parse_CertAuthorityLineWarns_Ed25519LineIsAPersonKeyThatNeverRecords()
    {
        using var ca = KeyPair.Generate();
        var text = $"""
            *@acme.example cert-authority {ca.PublicKey.ToOpenSsh()}
            bob@acme.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEJ8/S2dq6x8pCv3o3pBZq0Pa1y8n6K1Y0g2ajbmuGXx
            """;
        var store = TrustStore.Parse(text);
        Assert.Empty(store.FindPrincipals(ca.PublicKey, "git", Mid2026));
        Assert.Single(store.Warnings);
        var ed25519 = Assert.Single(store.KeysFor(TrustStore.AttestationNamespace, Mid2026));
        Assert.Equal(KeyAlgorithm.Ed25519, ed25519.Algorithm);
        Assert.True(store.IsAllowed("bob@acme.example", ed25519, TrustStore.AttestationNamespace, Mid2026));
        Assert.Null(store.RecorderOf(ed25519, Mid2026));
        Assert.Null(store.WithRecorders(["bob@acme.example"]).RecorderOf(ed25519, Mid2026));
    }

    [Theory]
    [InlineData("p@x unknown-option ecdsa-sha2-nistp256 AAAA")]
    [InlineData("p@x valid-after=\"2026\" KEY")]
    [InlineData("onlyprincipal")]
    public void Parse_MalformedLine_ThrowsWithLineNumber(string line)
    {
        using var key = KeyPair.Generate();
        var ex = Assert.Throws<FormatException>(() => TrustStore.Parse("\n" + line.Replace("KEY", key.PublicKey.ToOpenSsh(), StringComparison.Ordinal)));
        Assert.Contains(":2:", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ci@acme.example", "*@acme.example", true)]
    [InlineData("ci@acme.example", "c?@acme.*", true)]
    [InlineData("ci@acme.example", "*@other.example", false)]
    [InlineData("git", "git,file", true)]
    [InlineData("git", "!git,*", false)]
    public void MatchList_Patterns_FollowOpenSshRules(string value, string patterns, bool expected) =>
        Assert.Equal(expected, SshPattern.MatchList(value, patterns));
}
