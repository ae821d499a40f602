using System.Text.Json;
using Governance.Testing.Files;
using Governance.Testing.Snapshots;
using Governance.Reporting.Decisions;

namespace Governance.Cli.Tests.Reporting;

public sealed class SarifAndJUnitTests
{
    private static JsonElement Run(JsonDocument sarif) => sarif.RootElement.GetProperty("runs")[0];

    private static string Sarif(string digest = Govern.Digest, string environment = "production", string model = "support-bot-v3") =>
        Govern.Run("check", "--policy", "policies/", "--model", model, "--digest", digest, "--environment", environment,
            "--evidence", "examples/evidence/deny.json", "--no-record", "--format", "sarif").Output;

    [Fact]
    public void Check_Sarif_MatchesSnapshot() =>
        Snapshot.Verify(Sarif().Replace($"\"{ToolVersion.Value}\"", "\"<version>\"", StringComparison.Ordinal), "sarif.json");

    [Fact]
    public void Check_Sarif_StatesToolVersionAndDescribesEveryRule()
    {
        using var sarif = JsonDocument.Parse(Sarif());
        var driver = Run(sarif).GetProperty("tool").GetProperty("driver");

        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", driver.GetProperty("version").GetString());
        Assert.Equal(driver.GetProperty("version").GetString(), driver.GetProperty("semanticVersion").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.True(rules.Count >= 7);
        Assert.All(rules, r =>
        {
            Assert.StartsWith(r.GetProperty("name").GetString() + " ", r.GetProperty("fullDescription").GetProperty("text").GetString()!.Split(" rule ")[1], StringComparison.Ordinal);
            Assert.Contains("Requires ", r.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("Requires ", r.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        });
        var result = Assert.Single(Run(sarif).GetProperty("results").EnumerateArray());
        Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
    }

    [Fact]
    public void Check_Sarif_FingerprintStablePerPolicyRuleAndModel()
    {
        static string Fingerprint(string sarif)
        {
            using var doc = JsonDocument.Parse(sarif);
            return Run(doc).GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty(SarifReporter.FingerprintKey).GetString()!;
        }

        var first = Fingerprint(Sarif());
        var again = Fingerprint(Sarif());

        Assert.Equal(first, again);
        Assert.Equal(SarifReporter.Fingerprint("production-llm", "two-governance-approvals", "support-bot-v3"), first);
        Assert.NotEqual(first, SarifReporter.Fingerprint("production-llm", "two-governance-approvals", "other-model"));
        Assert.NotEqual(first, SarifReporter.Fingerprint("production-llm", "toxicity", "support-bot-v3"));
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void PolicyTest_Junit_NamesFilesRelativeToTheRepository()
    {
        var result = Govern.Run("policy", "test", Path.Combine(RepositoryRoot.Path, "policies", "tests"), "--format", "junit");

        Assert.DoesNotContain(RepositoryRoot.Path, result.Output, StringComparison.Ordinal);
        var xml = System.Xml.Linq.XDocument.Parse(result.Output);
        var suites = xml.Descendants("testsuite").ToList();
        Assert.NotEmpty(suites);
        Assert.All(suites, s => Assert.StartsWith("policies/tests/", s.Attribute("name")!.Value, StringComparison.Ordinal));
        Assert.All(xml.Descendants("testcase"), c => Assert.StartsWith("policies/tests/", c.Attribute("classname")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void PolicyTest_JunitOutsideRepository_NamesFilesRelativeToWorkingDirectory()
    {
        using var dir = new TempDirectory();
        dir.Write("p.yaml", "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: p }\nspec:\n  rules:\n    - id: acc\n      evaluation: { metric: accuracy, min: 0.9 }\n");
        dir.Write("tests/p.tests.yaml", "policy: ../p.yaml\ncases:\n  - name: denies\n    subject: { model: m, digest: \"" + Govern.Digest + "\", environment: e }\n    evidence: {}\n    expect: { decision: deny }\n");

        var result = Govern.RunIn(dir.Path, "policy", "test", "tests", "--format", "junit");

        Assert.Equal(0, result.Exit);
        Assert.DoesNotContain(dir.Path, result.Output, StringComparison.Ordinal);
        Assert.Contains("classname=\"tests/p.tests.yaml\"", result.Output, StringComparison.Ordinal);
    }
}
