using System.Text.Json;
using Governance.Testing.Files;
using Governance.Testing.Snapshots;

namespace Governance.Cli.Tests.Authoring;

public sealed class PolicyCommandTests
{
    [Fact]
    public void PolicyTest_ReferencePolicies_AllCasesPass()
    {
        var result = Govern.Run("policy", "test", "policies/tests");

        Assert.True(result.Exit == 0, result.Output + result.Error);
    }

    [Fact]
    public void PolicyTest_Junit_IsWellFormedXml()
    {
        var result = Govern.Run("policy", "test", "policies/tests", "--format", "junit");

        var xml = System.Xml.Linq.XDocument.Parse(result.Output);
        Assert.Equal("testsuites", xml.Root!.Name.LocalName);
        Assert.True(xml.Descendants("testcase").Count() >= 8);
    }

    [Fact]
    public void PolicyTest_DirectoryWithoutCases_ExitsTwo()
    {
        using var empty = new TempDirectory();

        Assert.Equal(2, Govern.Run("policy", "test", empty.Path).Exit);
    }

    [Fact]
    public void PolicyTest_FailingCase_ExitsOne()
    {
        using var dir = new TempDirectory();
        dir.Write("p.yaml", "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: p }\nspec:\n  rules:\n    - id: acc\n      evaluation: { metric: accuracy, min: 0.9 }\n");
        dir.Write("tests/p.tests.yaml", "policy: ../p.yaml\ncases:\n  - name: wrong expectation\n    subject: { model: m, digest: \"" + Govern.Digest + "\", environment: e }\n    evidence: {}\n    expect: { decision: allow }\n");

        var result = Govern.Run("policy", "test", Path.Combine(dir.Path, "tests"));

        Assert.Equal(1, result.Exit);
    }

    [Fact]
    public void PolicyLint_ReferencePolicies_AreClean()
    {
        var result = Govern.Run("policy", "lint", "policies/production-llm.yaml", "policies/staging.yaml");

        Assert.Equal(0, result.Exit);
        Assert.Equal("2 policy files OK\n", result.Output);
    }

    [Fact]
    public void PolicyLint_BrokenPolicy_ExitsTwoWithLocation()
    {
        using var dir = new TempDirectory();
        dir.Write("bad.yaml", "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: bad }\nspec:\n  rules:\n    - id: r\n      approvals: { min: 1, from: { teams: [], users: [] } }\n");

        var result = Govern.RunIn(dir.Path, "policy", "lint", "bad.yaml");

        Assert.Equal(2, result.Exit);
        Assert.Matches(@"^bad\.yaml:7:\d+: ", result.Error);
    }

    [Fact]
    public void PolicySchema_PrintsTheJsonSchema()
    {
        using var schema = JsonDocument.Parse(Govern.Run("policy", "schema").Output);

        Assert.True(schema.RootElement.TryGetProperty("$schema", out _));
        Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("spec", out _));
    }

    [Fact]
    public void PolicyExplain_ProductionPolicy_MatchesSnapshot() =>
        Snapshot.Verify(Govern.Run("policy", "explain", "policies/production-llm.yaml").Output);
}
