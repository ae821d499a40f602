using Governance.Policies.Diagnostics;
using Governance.Policies.Lint;
using Governance.Policies.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Policies.Tests.Lint;

public sealed class PolicyLinterTests
{
    private const string Head = "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata:\n  name: p\nspec:\n";

    private static IReadOnlyList<Diagnostic> Lint(string text)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("p.yaml", text);
        return PolicyLinter.Lint([path]).Select(d => d with { Location = d.Location is null ? null : d.Location with { File = "p.yaml" } }).ToList();
    }

    private static void AssertSingle(string text, string expected, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var diagnostics = Lint(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(expected, diagnostic.ToString());
    }

    [Fact]
    public void Lint_DesignExample_IsClean()
    {
        Assert.Empty(Lint(Samples.DesignPolicy));
    }

    [Fact]
    public void Lint_DuplicateRuleIds_ReportsSecondId() => AssertSingle(
        Head + "  rules:\n    - id: a\n      expression: x\n    - id: a\n      expression: y\n",
        "p.yaml:9:11: duplicate rule id 'a' (first defined at line 7)");

    [Fact]
    public void Lint_ApprovalsFromNobody_ReportsFrom() => AssertSingle(
        Head + "  rules:\n    - id: a\n      approvals: { min: 1, from: { teams: [], users: [] } }\n",
        "p.yaml:8:34: 'from' names nobody: list at least one team or user");

    [Fact]
    public void Lint_MinAboveListedUsersWithoutTeams_ReportsMin() => AssertSingle(
        Head + "  rules:\n    - id: a\n      approvals: { min: 3, from: { users: [ann, bob] } }\n",
        "p.yaml:8:25: 'min' is 3 but only 2 users are listed and no team, so the rule can never pass");

    [Fact]
    public void Lint_MinAboveListedUsersWithTeam_IsClean()
    {
        Assert.Empty(Lint(Head + "  rules:\n    - id: a\n      approvals: { min: 3, from: { teams: [t], users: [ann] } }\n"));
    }

    [Fact]
    public void Lint_EvaluationMinAboveMax_ReportsMin() => AssertSingle(
        Head + "  rules:\n    - id: a\n      evaluation: { metric: m, min: 0.9, max: 0.5 }\n",
        "p.yaml:8:37: 'min' 0.9 is greater than 'max' 0.5, so no value can pass");

    [Fact]
    public void Lint_ToleranceWithoutBaseline_WarnsAtTolerance() => AssertSingle(
        Head + "  rules:\n    - id: a\n      evaluation: { metric: m, min: 0.9, tolerance: 0.1 }\n",
        "p.yaml:8:53: warning: 'tolerance' has no effect without 'noRegressionFrom'",
        DiagnosticSeverity.Warning);

    [Fact]
    public void Lint_EmptyAppliesToList_ReportsMatchesNothing() => AssertSingle(
        Head + "  appliesTo: { environments: [] }\n  rules:\n    - id: a\n      expression: x\n",
        "p.yaml:6:30: 'environments' is empty, so the policy matches nothing (omit it to match any)");

    [Fact]
    public void Lint_WaiversWithoutMaxDuration_ReportsWaivers()
    {
        var diagnostics = Lint(Head + "  rules:\n    - id: a\n      expression: x\n  waivers:\n    approvers: { teams: [t] }\n");
        Assert.Equal("p.yaml:10:5: 'waivers' is missing required key 'maxDuration'", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Lint_WaiverApproversNobody_ReportsApprovers() => AssertSingle(
        Head + "  rules:\n    - id: a\n      expression: x\n  waivers: { approvers: {}, maxDuration: 7d }\n",
        "p.yaml:9:25: 'approvers' names nobody, so no waiver can ever be granted");

    [Fact]
    public void Lint_ProvenanceCheckingNothing_Warns() => AssertSingle(
        Head + "  rules:\n    - id: a\n      provenance: {}\n",
        "p.yaml:8:19: warning: provenance rule enables neither 'denyFlaggedSources' nor 'requireRegisteredDatasets', so it always passes",
        DiagnosticSeverity.Warning);

    [Fact]
    public void Lint_SchemaViolation_ReportsOnceAtNode()
    {
        var diagnostics = Lint(Head + "  rules:\n    - id: a\n      approvals: { min: 0, from: { users: [x] } }\n");
        Assert.Equal("p.yaml:8:25: 'min' must be at least 1, not 0", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Lint_DuplicateNamesAcrossFiles_ReportsSecondFile()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", Samples.Minimal("same"));
        var second = dir.Write("b.yaml", Samples.Minimal("same"));
        var diagnostic = Assert.Single(PolicyLinter.Lint([dir.Path]));
        Assert.StartsWith($"{second}:4:9: duplicate policy name 'same'", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_BrokenAndMissingFiles_ReportsEachWithoutThrowing()
    {
        using var dir = new TempDirectory();
        var broken = dir.Write("broken.yaml", "a: [\n");
        var binary = dir.Write("bin.yaml", [0, 1, 2]);
        var missing = Path.Combine(dir.Path, "missing.yaml");
        var diagnostics = PolicyLinter.Lint([broken, binary, missing]);
        Assert.Equal(3, diagnostics.Count);
        Assert.StartsWith(broken + ":", diagnostics[0].ToString(), StringComparison.Ordinal);
        Assert.Equal($"{binary}: not a UTF-8 text file (it contains NUL bytes)", diagnostics[1].ToString());
        Assert.Equal($"{missing}: file not found", diagnostics[2].ToString());
    }

    [Fact]
    public void Diagnostic_ToString_FormatsEachShape()
    {
        Assert.Equal("m", new Diagnostic(null, "m").ToString());
        Assert.Equal("f: m", new Diagnostic(new("f", 0, 0), "m").ToString());
        Assert.Equal("f:2:3: m", new Diagnostic(new("f", 2, 3), "m").ToString());
        Assert.Equal("f:2:3: warning: m", new Diagnostic(new("f", 2, 3), "m", DiagnosticSeverity.Warning).ToString());
    }
}
