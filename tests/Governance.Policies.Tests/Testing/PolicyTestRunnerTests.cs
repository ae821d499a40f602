using System.Xml.Linq;
using Governance.Core.Evaluation;
using Governance.Policies.Testing;
using Governance.Policies.Tests.Support;
using Governance.Testing.Files;
using Governance.Testing.Time;

namespace Governance.Policies.Tests.Testing;

public sealed class PolicyTestRunnerTests : IDisposable
{
    private const string Digest = Samples.ModelDigest;
    private readonly TempDirectory _dir = new();
    private readonly PolicyTestRunner _runner = new(new FixedClock(DateTimeOffset.Parse("2026-11-22T09:00:00Z")));

    public PolicyTestRunnerTests()
    {
        _dir.Write("policies/tox.yaml", Samples.Minimal("tox"));
        _dir.Write("evidence/high.json", $$"""
            {"evaluations": [{"metric": "toxicity_rate", "value": 0.02, "digest": "{{Digest}}", "time": "2026-11-20T09:00:00Z"}]}
            """);
    }

    public void Dispose() => _dir.Dispose();

    private string Tests(string cases) => _dir.Write("tests/tox.tests.yaml", "policy: ../policies/tox.yaml\ncases:\n" + cases);

    private static string Case(string name, string evidence, string expect) => $"""
          - name: {name}
            subject: {"{"} model: support-bot-v3, digest: "{Digest}", environment: production {"}"}
            evidence: {evidence}
            expect: {expect}

        """;

    private const string LowInline = $$"""{ evaluations: [{ metric: toxicity_rate, value: 0.004, digest: "{{Digest}}", time: "2026-11-20T09:00:00Z" }] }""";

    [Fact]
    public void Run_MatchingExpectations_Passes()
    {
        Tests(Case("low toxicity allows", LowInline, "{ decision: allow, rules: { toxicity: pass } }")
            + Case("high toxicity denies", "../evidence/high.json", "{ decision: deny, rules: { toxicity: fail }, messages: { toxicity: above max } }"));
        var report = _runner.Run(Path.Combine(_dir.Path, "tests"));
        Assert.True(report.Passed, report.ToText());
        Assert.Equal(["low toxicity allows", "high toxicity denies"], report.Cases.Select(c => c.Name));
        Assert.Contains("2 cases: 2 passed, 0 failed - PASSED", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WrongExpectations_FailsWithPreciseMessages()
    {
        Tests(Case("expects allow", "../evidence/high.json", "{ decision: allow, rules: { toxicity: pass }, messages: { toxicity: below } }"));
        var report = _runner.Run(Path.Combine(_dir.Path, "tests"));
        Assert.False(report.Passed);
        var failures = Assert.Single(report.Cases).Failures;
        Assert.Equal(3, failures.Count);
        Assert.StartsWith("decision: expected allow, got deny (blocking: toxicity: toxicity_rate 0.02 is above max 0.01", failures[0], StringComparison.Ordinal);
        Assert.Equal("rule toxicity: expected pass, got fail: toxicity_rate 0.02 is above max 0.01", failures[1]);
        Assert.Equal("rule toxicity: expected a message containing \"below\", got \"toxicity_rate 0.02 is above max 0.01\"", failures[2]);
        Assert.Contains("FAIL ", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownRuleAndNotApplicable_AreReported()
    {
        Tests(Case("staging", "{}", "{ decision: deny, rules: { nope: pass } }").Replace("environment: production", "environment: staging")
            .Replace("support-bot-v3", "other"));
        _dir.Write("policies/tox.yaml", Samples.Minimal("tox").Replace("spec:\n", "spec:\n  appliesTo: { environments: [production] }\n"));
        var failures = Assert.Single(_runner.Run(Path.Combine(_dir.Path, "tests")).Cases).Failures;
        Assert.Equal("decision: expected deny, got not-applicable", failures[0]);
        Assert.Equal("rule nope: expected pass, but no applicable policy has a rule 'nope'", failures[1]);
    }

    [Fact]
    public void Run_DecisionTime_ComesFromEvidenceContextElseClock()
    {
        var stale = $$"""{ context: { time: "2027-01-01T00:00:00Z" }, evaluations: [{ metric: toxicity_rate, value: 0.004, digest: "{{Digest}}", time: "2026-11-20T09:00:00Z" }] }""";
        _dir.Write("policies/tox.yaml", Samples.Minimal("tox").Replace("max: 0.01", "max: 0.01, maxAge: 7d"));
        Tests(Case("fresh by clock", LowInline, "{ decision: allow }") + Case("stale by context time", stale, "{ decision: deny, messages: { toxicity: older than maxAge } }"));
        var report = _runner.Run(Path.Combine(_dir.Path, "tests"));
        Assert.True(report.Passed, report.ToText());
    }

    [Fact]
    public void Run_NoCases_Fails()
    {
        Tests("  []\n".TrimStart());
        _dir.Write("tests/tox.tests.yaml", "policy: ../policies/tox.yaml\ncases: []\n");
        var report = _runner.Run(Path.Combine(_dir.Path, "tests"));
        Assert.Empty(report.Cases);
        Assert.False(report.Passed);
        Assert.Contains("no test cases found", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EmptyOrMissingDirectory_Fails()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "empty"));
        Assert.False(_runner.Run(Path.Combine(_dir.Path, "empty")).Passed);
        var missing = _runner.Run(Path.Combine(_dir.Path, "missing"));
        Assert.Equal("directory not found", Assert.Single(missing.Diagnostics).Message);
    }

    [Fact]
    public void Run_BrokenTestFile_ReportsLocatedDiagnostics()
    {
        var path = Tests(Case("bad", "{ aprovals: [] }", "{ decision: maybe, rules: { toxicity: passed } }"));
        var report = _runner.Run(Path.Combine(_dir.Path, "tests"));
        Assert.False(report.Passed);
        var text = string.Join("\n", report.Diagnostics).Replace(path, "T", StringComparison.Ordinal);
        path = "T";
        Assert.Contains($"{path}:5:17: unknown key 'aprovals' in evidence (did you mean 'approvals'?)", text, StringComparison.Ordinal);
        Assert.Contains($"{path}:6:25: 'decision' must be 'allow', 'deny' or 'not-applicable', not 'maybe'", text, StringComparison.Ordinal);
        Assert.Contains($"{path}:6:51: 'toxicity' must be 'pass', 'fail', 'waived', 'skipped' or 'error', not 'passed'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BrokenPolicy_FailsCasesAndReportsPolicyError()
    {
        _dir.Write("policies/tox.yaml", "apiVersion: governance/v1\n");
        Tests(Case("any", "{}", "{ decision: allow }"));
        var report = _runner.Run(Path.Combine(_dir.Path, "tests"));
        Assert.False(Assert.Single(report.Cases).Passed);
        Assert.Contains(report.Diagnostics, d => d.Message == "policy is missing required key 'kind'");
    }

    [Fact]
    public void Run_ExpressionPolicy_UsesConditionEngineFactory()
    {
        _dir.Write("policies/tox.yaml", Samples.Minimal("tox").Replace("      evaluation:", "      when: 'Model.Labels[\"size\"] == \"xl\"'\n      evaluation:"));
        Tests(Case("when false skips", "{}", "{ decision: allow, rules: { toxicity: skipped } }"));
        var calls = 0;
        var runner = new PolicyTestRunner(TimeProvider.System, policies =>
        {
            calls++;
            Assert.Single(policies);
            return new ConstantConditions(false);
        });
        var report = runner.Run(Path.Combine(_dir.Path, "tests"));
        Assert.True(report.Passed, report.ToText());
        Assert.Equal(1, calls);
    }

    [Fact]
    public void ToJUnitXml_MixedResults_HasSuitesCasesAndEscapedFailures()
    {
        Tests(Case("ok <&> \"quoted\"", LowInline, "{ decision: allow }") + Case("bad", "../evidence/high.json", "{ decision: allow }"));
        var report = _runner.Run(Path.Combine(_dir.Path, "tests"));
        var xml = XDocument.Parse(report.ToJUnitXml());
        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(("2", "1"), ((string)root.Attribute("tests")!, (string)root.Attribute("failures")!));
        var suite = Assert.Single(root.Elements("testsuite"));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal("ok <&> \"quoted\"", (string)cases[0].Attribute("name")!);
        Assert.Null(cases[0].Element("failure"));
        var failure = cases[1].Element("failure")!;
        Assert.StartsWith("decision: expected allow, got deny", (string)failure.Attribute("message")!, StringComparison.Ordinal);
        Assert.Contains("&lt;&amp;&gt;", report.ToJUnitXml(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJUnitXml_LoadErrors_BecomeErrorTestcases()
    {
        _dir.Write("tests/broken.yaml", "policy: [\n");
        var xml = XDocument.Parse(_runner.Run(Path.Combine(_dir.Path, "tests")).ToJUnitXml());
        var suite = Assert.Single(xml.Root!.Elements("testsuite"));
        Assert.Equal("load errors", (string)suite.Attribute("name")!);
        Assert.NotNull(Assert.Single(suite.Elements("testcase")).Element("error"));
    }

    private sealed class ConstantConditions(bool value) : IConditionEngine
    {
        public ConditionResult Evaluate(ConditionRequest request) => ConditionResult.Of(value);
    }
}
