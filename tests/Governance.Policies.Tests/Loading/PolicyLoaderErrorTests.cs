using Governance.Policies.Loading;
using Governance.Policies.Tests.Support;

namespace Governance.Policies.Tests.Loading;

public sealed class PolicyLoaderErrorTests
{
    private const string Head = "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata:\n  name: p\nspec:\n  rules:\n";

    /// <summary>Broken policies (rules start on line 7) and the <c>line:col: message</c> expected.</summary>
    public static TheoryData<string, string> Broken => new()
    {
        { Head + "    - id: Bad_Id\n      expression: 'true'\n", "7:11: 'id' must be a kebab-case id" },
        { Head + "    - id: a\n", "7:7: rule 'a' must have exactly one of 'approvals'" },
        { Head + "    - id: a\n      expression: 'x'\n      provenance: {}\n", "9:7: rule 'a' has more than one requirement ('expression' and 'provenance')" },
        { Head + "    - id: a\n      approvals: { min: 0, from: { users: [x] } }\n", "8:25: 'min' must be at least 1, not 0" },
        { Head + "    - id: a\n      approvals: { min: 1.5, from: { users: [x] } }\n", "8:25: 'min' must be a whole number, not 1.5" },
        { Head + "    - id: a\n      approvals: { min: 1 }\n", "8:18: 'approvals' is missing required key 'from'" },
        { Head + "    - id: a\n      approvals: { min: 1, from: { users: [x] }, maxAge: 14days }\n", "8:58: 'maxAge' must be a duration such as 30m, 12h, 14d or 2w, not '14days'" },
        { Head + "    - id: a\n      approvals: { min: 1, from: { user: [x] } }\n", "8:36: unknown key 'user' in 'from' (did you mean 'users'?)" },
        { Head + "    - id: a\n      evaluation: { metric: m, tolerance: -1 }\n", "8:43: 'tolerance' must be at least 0, not -1" },
        { Head + "    - id: a\n      evaluation: { metric: m, max: high }\n", "8:37: 'max' must be a number, not a string" },
        { Head + "    - id: a\n      evaluation: { metric: 3 }\n", "8:29: 'metric' must be a string, not a number (quote it to make it a string)" },
        { Head + "    - id: a\n      mode: block\n      expression: x\n", "8:13: 'mode' must be 'enforce' or 'audit', not 'block'" },
        { Head + "    - id: a\n      expression: x\n      requireSigned: yes\n", "9:22: 'requireSigned' must be true or false, not a string" },
        { Head + "    - id: a\n      expression: x\n      whenn: 'y'\n", "9:7: unknown key 'whenn' in rule 'a' (did you mean 'when'?)" },
        { Head + "    - id: a\n      attestation: { signers: [r] }\n", "8:20: 'attestation' is missing required key 'predicateType'" },
        { Head + "    - id: a\n      expression: x\n    - id: b\n      when:\n      expression: y\n", "10:12: 'when' must be a string, not null" },
        { Head + "    - id: a\n      provenance: true\n", "8:19: 'provenance' must be a mapping, not a boolean" },
        { Head + "  - just-a-string\n", "7:5: rule #1 must be a mapping, not a string" },
        { Head.Replace("rules:\n", "rules: []\n"), "6:10: 'rules' must list at least 1 rule" },
        { Head.Replace("governance/v1", "governance/v2") + "    - id: a\n      expression: x\n", "1:13: 'apiVersion' must be 'governance/v1', not 'governance/v2'" },
        { Head.Replace("kind: DeploymentPolicy\n", "") + "    - id: a\n      expression: x\n", "1:1: policy is missing required key 'kind'" },
        { Head.Replace("  name: p\n", "  title: p\n") + "    - id: a\n      expression: x\n", "4:3: 'metadata' is missing required key 'name'" },
        { Head + "    - id: a\n      expression: x\n  waivers: { approvers: { teams: [t] } }\n", "9:12: 'waivers' is missing required key 'maxDuration'" },
        { Head + "    - id: a\n      expression: x\n  waivers: { approvers: { teams: [t] }, maxDuration: 0d }\n", "9:54: 'maxDuration' must be a duration" },
        { Head + "    - id: a\n      expression: x\n  appliesTo: { environments: production }\n", "9:30: 'environments' must be a list of strings, not a string" },
        { Head + "    - id: a\n      expression: x\n  appliesTo: { models: [1] }\n", "9:25: 'models'[0] must be a string, not a number" },
        { Head + "    - id: a\n      expression: x\nextra: 1\n", "9:1: unknown key 'extra' in policy" },
        { Head + "    - id: a\n      expression: x\n    - id: a\n      expression: y\n", "9:11: duplicate rule id 'a' (first defined at line 7)" },
        { "- a\n- b\n", "1:1: policy must be a mapping, not a list" },
        { "apiVersion: governance/v1\napiVersion: governance/v1\n", "2:1: duplicate key 'apiVersion' (first defined at line 1)" },
        { "a: [1, 2\n", "invalid YAML" },
        { "a: b\n---\nc: d\n", "2:1: a file must hold exactly one YAML document" },
        { "a: *nothing\n", "1:4: alias *nothing refers to no anchor" },
        { "? [a]\n: b\n", "1:3: mapping keys must be scalars" },
        { "", "p.yaml: file is empty" },
        { "# only a comment\n", "p.yaml: file is empty" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Parse_BrokenPolicy_ReportsLocatedError(string text, string expected)
    {
        var result = PolicyLoader.Parse("p.yaml", Samples.Bytes(text));
        if (expected.Length == 0)
        {
            // A case the loader accepts.
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return;
        }

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        var all = string.Join("\n", result.Diagnostics);
        Assert.True(all.Contains(expected, StringComparison.Ordinal), $"expected '{expected}' in:\n{all}");
        Assert.All(result.Diagnostics, d => Assert.StartsWith("p.yaml", d.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
    }
}
