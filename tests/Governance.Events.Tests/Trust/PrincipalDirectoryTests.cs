using Governance.Events.Trust;

namespace Governance.Events.Tests.Trust;

public sealed class PrincipalDirectoryTests
{
    private static readonly PrincipalDirectory Directory = new(
        [new Principal("zed-ci@acme.example", [], true), new Principal("alice@acme.example", ["acme/ml"], false), new Principal("ci@acme.example", [], true)],
        [new("Alice-GH", "alice@acme.example")]);

    [Fact]
    public void PrincipalOf_AliasAnyCase_ResolvesToPrincipal()
    {
        Assert.Equal("alice@acme.example", Directory.PrincipalOf("alice-gh"));
        Assert.Equal("alice@acme.example", Directory.PrincipalOf("alice@acme.example"));
        Assert.Null(Directory.PrincipalOf("mallory"));
    }

    [Fact]
    public void Recorders_OnlyRecorderRole_OrdinalOrder()
    {
        Assert.Equal(["ci@acme.example", "zed-ci@acme.example"], Directory.Recorders);
        Assert.False(Directory.IsRecorder("alice@acme.example"));
        Assert.False(Directory.IsRecorder("alice-gh"));
    }

    [Fact]
    public void TeamsOf_UnknownPrincipal_Empty()
    {
        Assert.Equal(["acme/ml"], Directory.TeamsOf("alice@acme.example"));
        Assert.Empty(Directory.TeamsOf("alice-gh"));
        Assert.Empty(PrincipalDirectory.Empty.Recorders);
    }
}
