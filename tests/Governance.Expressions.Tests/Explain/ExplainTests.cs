using System.Text;
using Governance.Expressions.Tests.Support;
using Governance.Testing.Files;
using Governance.Testing.Snapshots;

namespace Governance.Expressions.Tests.Explain;

public sealed class ExplainTests
{
    private static readonly string[] Failing =
    [
        "Evaluations.Latest(\"latency_p95_ms\") < 800",
        "Approvals.Count >= 2 && Evaluations.Latest(\"accuracy\") >= 0.95",
        "Approvals.From(\"acme/security\").Count >= 2 || Model.Labels[\"tier\"] == \"platinum\"",
        "Attestations.Has(\"https://slsa.dev/provenance/v1\")",
        "!Flags.Any(f => Lineage.Sources.Contains(f.Dataset))",
        "Evaluations.Latest(\"bleu\") > 0.5",
        "Environment == \"staging\" ? Approvals.Count >= 1 : Approvals.Count >= 5",
        "Now - Approvals.Max(a => a.Time) < TimeSpan.FromDays(2)",
        "5 < Approvals.From(\"acme/risk\").Count",
        "Approvals.From(\"acme/ml-governance\").Count >= Approvals.From(\"acme/risk\").Count + 2",
        "Model.Labels.TryGetValue(\"owner\", out var owner) && owner == \"ml\"",
        "Model.Labels[\"size\"] is \"s\" or \"m\"",
        "(Environment == \"production\") && (Lineage.Sources.Count < 2 /* one source only */)",
        "Approvals.Select(a => a.Approver).Contains(\"ciso\")",
    ];

    [Fact]
    public void Evaluate_FailingExpressions_ExplainsDecidingSubExpressions()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(Failing);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options);
        var text = new StringBuilder();

        foreach (var rule in policy.Rules)
        {
            var result = engine.Evaluate(policy, rule);
            Assert.Null(result.Error);
            Assert.False(result.Value);
            text.Append(((Core.Policies.ExpressionRequirement)rule.Requirement).Expression).Append('\n');
            foreach (var line in result.Details)
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        Snapshot.Verify(text.ToString(), name: "FailingExpressions");
    }

    [Fact]
    public void Evaluate_IssueExample_ShowsOperandValue()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(["Evaluations.Latest(\"latency_p95_ms\") < 800"]);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options);

        var result = engine.Evaluate(policy, policy.Rules[0]);

        Assert.Equal(["Evaluations.Latest(\"latency_p95_ms\") = 912 ≥ 800"], result.Details);
    }

    [Fact]
    public void Evaluate_PassingExpression_NoDetails()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(["Evaluations.Latest(\"latency_p95_ms\") < 1000"]);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options);

        var result = engine.Evaluate(policy, policy.Rules[0]);

        Assert.True(result.Value);
        Assert.Empty(result.Details);
    }
}
