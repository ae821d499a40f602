using Governance.Policies.Trust;

namespace Governance.Policies.Tests.Trust;

public sealed class PrincipalsReaderTests
{
    [Fact]
    public void Parse_TeamsRecorderAndAliases_Model()
    {
        var directory = PrincipalsReader.Parse("""
            principals:
              alice@acme.example: { teams: [acme/ml-governance], github: alice-gh, aliases: [alice] }
              ci@acme.example: { recorder: true }
            """, "principals.yaml");

        Assert.Equal(["acme/ml-governance"], directory.TeamsOf("alice@acme.example"));
        Assert.Equal("alice@acme.example", directory.PrincipalOf("ALICE-GH"));
        Assert.Equal(["ci@acme.example"], directory.Recorders);
        Assert.Equal(["alice@acme.example", "ci@acme.example"], directory.Names);
    }

    [Fact]
    public void Parse_AliasOfTwoPeople_FormatErrorWithLocation()
    {
        var error = Assert.Throws<FormatException>(() => PrincipalsReader.Parse("""
            principals:
              alice@acme.example: { aliases: [al] }
              albert@acme.example: { aliases: [al] }
            """, "p.yaml"));

        Assert.Equal("p.yaml:3:36: 'al' is already a name of alice@acme.example; one name must be one person", error.Message);
    }

    [Fact]
    public void Parse_AliasThatIsAnotherPrincipal_FormatError()
    {
        var error = Assert.Throws<FormatException>(() => PrincipalsReader.Parse("""
            principals:
              alice@acme.example: { aliases: [bob@acme.example] }
              bob@acme.example: {}
            """, "p.yaml"));

        Assert.Equal("p.yaml: 'bob@acme.example' is a principal and an alias of alice@acme.example; one name must be one person", error.Message);
    }

    [Fact]
    public void Parse_NoPrincipalsMapping_FormatErrorAndEmptyFileEmpty()
    {
        Assert.StartsWith("p.yaml:1:1: expected a 'principals' mapping", Assert.Throws<FormatException>(() => PrincipalsReader.Parse("teams: []", "p.yaml")).Message, StringComparison.Ordinal);
        Assert.Empty(PrincipalsReader.Parse("", "p.yaml").Names);
    }
}
