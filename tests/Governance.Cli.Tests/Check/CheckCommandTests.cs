using System.Text.Json;
using Governance.Testing.Snapshots;

namespace Governance.Cli.Tests.Check;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_OneValidApproval_DeniesWithExitOne()
    {
        var result = Govern.Run(Govern.Check("examples/evidence/deny.json"));

        Assert.Equal(1, result.Exit);
        Assert.Contains("denied by 1 enforced rule: two-governance-approvals", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Check_TwoValidApprovals_AllowsWithExitZero()
    {
        var result = Govern.Run(Govern.Check("examples/evidence/allow.json"));

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("ALLOW", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TextExplain_MatchesSnapshot() =>
        Snapshot.Verify(Govern.Run(Govern.Check("examples/evidence/deny.json", "--explain")).Output);

    [Fact]
    public void Check_Json_MatchesSnapshot() =>
        Snapshot.Verify(Govern.Run(Govern.Check("examples/evidence/deny.json", "--format", "json")).Output, "json");

    [Fact]
    public void Check_Markdown_MatchesSnapshot() =>
        Snapshot.Verify(Govern.Run(Govern.Check("examples/evidence/deny.json", "--format", "markdown", "--explain")).Output, "md");

    [Fact]
    public void Check_Json_HasTheDocumentedShape()
    {
        using var json = JsonDocument.Parse(Govern.Run(Govern.Check("examples/evidence/allow.json", "--format", "json")).Output);
        var root = json.RootElement;

        Assert.Equal("allow", root.GetProperty("decision").GetString());
        Assert.Equal(Govern.Digest, root.GetProperty("subject").GetProperty("digest").GetString());
        Assert.All(root.GetProperty("policies").EnumerateArray(), p => Assert.StartsWith("sha256:", p.GetProperty("digest").GetString(), StringComparison.Ordinal));
        var rule = root.GetProperty("rules")[0];
        foreach (var name in new[] { "policy", "id", "kind", "mode", "outcome", "message", "evidence" })
        {
            Assert.True(rule.TryGetProperty(name, out _), name);
        }

        Assert.Equal(JsonValueKind.Null, root.GetProperty("ledger").GetProperty("seq").ValueKind);
    }

    [Fact]
    public void Check_Sarif_LocatesFailingRuleInPolicyFile()
    {
        using var sarif = JsonDocument.Parse(Govern.Run(Govern.Check("examples/evidence/deny.json", "--format", "sarif")).Output);
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.Equal("production-llm/two-governance-approvals", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("policies/production-llm.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(13, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Check_NoPolicyApplies_ExitsTwoUnlessAllowed()
    {
        string[] args = ["check", "--policy", "policies/production-llm.yaml", "--model", "search-ranker", "--digest", Govern.Digest, "--environment", "production", "--evidence", "examples/evidence/allow.json", "--no-record"];

        var required = Govern.Run(args);
        var optional = Govern.Run([.. args, "--require-policy", "false"]);

        Assert.Equal(2, required.Exit);
        Assert.Contains("no policy applies to model search-ranker in environment production", required.Error, StringComparison.Ordinal);
        Assert.Equal(0, optional.Exit);
    }

    [Fact]
    public void Check_EvidenceForAnotherDigest_Denies()
    {
        var other = "sha256:" + new string('0', 63) + "1";
        string[] args = ["check", "--policy", "policies/", "--model", "support-bot-v3", "--digest", other, "--environment", "production", "--evidence", "examples/evidence/allow.json", "--no-record"];

        Assert.Equal(1, Govern.Run(args).Exit);
    }

    [Fact]
    public void Check_InvalidDigest_ExitsTwoWithMessage()
    {
        string[] args = ["check", "--policy", "policies/", "--model", "m", "--digest", "sha256:xyz", "--environment", "production"];

        var result = Govern.Run(args);

        Assert.Equal(2, result.Exit);
        Assert.Equal("govern: --digest: 'sha256:xyz' is not a digest; expected sha256:<64 hex digits>\n", result.Error);
    }

    [Fact]
    public void Check_MissingEvidenceFile_ExitsTwoNamingIt()
    {
        var result = Govern.Run(Govern.Check("examples/evidence/nope.json"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("examples/evidence/nope.json: evidence file not found", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingRequiredOption_ExitsTwo()
    {
        var result = Govern.Run("check", "--policy", "policies/");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--model", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownFormat_ExitsTwo() => Assert.Equal(2, Govern.Run(Govern.Check("examples/evidence/allow.json", "--format", "yaml")).Exit);

    [Fact]
    public void Check_OutputFile_WritesTheReportToo()
    {
        var file = Path.Combine(Path.GetTempPath(), $"govern-{Guid.NewGuid():N}.json");
        try
        {
            var result = Govern.Run(Govern.Check("examples/evidence/allow.json", "--format", "json", "--output", file));

            Assert.Equal(result.Output, File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
