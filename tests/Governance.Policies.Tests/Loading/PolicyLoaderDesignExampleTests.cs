using Governance.Core.Policies;
using Governance.Core.Subjects;
using Governance.Policies.Loading;
using Governance.Policies.Tests.Support;

namespace Governance.Policies.Tests.Loading;

public sealed class PolicyLoaderDesignExampleTests
{
    private static Policy LoadDesign()
    {
        var result = PolicyLoader.Parse("p.yaml", Samples.Bytes(Samples.DesignPolicy));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Parse_DesignExample_BuildsMetadataSelectorAndDigest()
    {
        var policy = LoadDesign();
        Assert.Equal("production-llm", policy.Name);
        Assert.Equal("Gate for customer-facing LLM deployments", policy.Metadata.Description);
        Assert.Equal(["acme/ml-governance"], policy.Metadata.Owners);
        Assert.Equal(["production"], policy.AppliesTo.Environments!);
        Assert.Equal(["support-bot*"], policy.AppliesTo.Models!);
        Assert.Equal("p.yaml", policy.Path);
        Assert.Equal(Digest.Of(Samples.Bytes(Samples.DesignPolicy)), policy.Digest);
        Assert.Equal(7, policy.Rules.Count);
        Assert.True(policy.HasExpressions);
        Assert.Equal(TimeSpan.FromDays(14), policy.Waivers!.MaxDuration);
        Assert.Equal(["acme/risk-committee"], policy.Waivers.Approvers.Teams);
        Assert.Empty(policy.Waivers.Approvers.Users);
    }

    [Fact]
    public void Parse_DesignExample_BuildsEveryRequirementWithDefaults()
    {
        var rules = LoadDesign().Rules;
        var approvals = Assert.IsType<ApprovalRequirement>(rules[0].Requirement);
        Assert.Equal(("two-governance-approvals", 2, TimeSpan.FromDays(14)), (rules[0].Id, approvals.Min, approvals.MaxAge!.Value));
        Assert.True(approvals.DistinctFromAuthor && approvals.DistinctFromDeployer && !approvals.AllowStale);
        Assert.Equal(RuleMode.Enforce, rules[0].Mode);

        var toxicity = Assert.IsType<EvaluationRequirement>(rules[1].Requirement);
        Assert.Equal(("toxicity_rate", "realtoxicityprompts", 0.01, 0d), (toxicity.Metric, toxicity.Dataset, toxicity.Max!.Value, toxicity.Tolerance));
        var accuracy = Assert.IsType<EvaluationRequirement>(rules[2].Requirement);
        Assert.Equal((0.85, "production", 0.01), (accuracy.Min!.Value, accuracy.NoRegressionFrom, accuracy.Tolerance));

        var card = Assert.IsType<AttestationRequirement>(rules[3].Requirement);
        Assert.Equal("https://governance.dev/attestations/model-card/v1", card.PredicateType);
        Assert.Equal(["release@acme.example"], card.Signers);
        Assert.Equal(new ProvenanceRequirement(true, true), rules[4].Requirement);

        var ciso = Assert.IsType<ApprovalRequirement>(rules[5].Requirement);
        Assert.Equal(["ciso"], ciso.From.Users);
        Assert.Empty(ciso.From.Teams);
    }

    [Fact]
    public void Parse_DesignExample_LocatesRulesWhenAndExpressionInsideQuotes()
    {
        var rules = LoadDesign().Rules;
        Assert.Equal(new SourceLocation("p.yaml", 12, 7), rules[0].Location);
        Assert.Equal("Model.Labels[\"size\"] == \"xl\"", rules[5].When);
        Assert.Equal(new SourceLocation("p.yaml", 30, 14), rules[5].WhenLocation);

        var expression = Assert.IsType<ExpressionRequirement>(rules[6].Requirement);
        Assert.Equal("Evaluations.Latest(\"latency_p95_ms\") < 800", expression.Expression);
        Assert.Equal(new SourceLocation("p.yaml", 33, 20), expression.Location);
        Assert.Equal(RuleMode.Audit, rules[6].Mode);
    }

    [Fact]
    public void Parse_DesignExampleWithoutCSharpRules_HasNoExpressions()
    {
        var text = Samples.DesignPolicy;
        var start = text.IndexOf("    - id: xl-models-need-ciso", StringComparison.Ordinal);
        var end = text.IndexOf("  waivers:", StringComparison.Ordinal);
        var result = PolicyLoader.Parse("p.yaml", Samples.Bytes(text[..start] + text[end..]));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(5, result.Value!.Rules.Count);
        Assert.False(result.Value.HasExpressions);
    }

    [Fact]
    public void Parse_BlockScalarWhen_PointsAtFirstContentLine()
    {
        var text = Samples.Minimal().Replace("      evaluation:", "      when: |\n        Model.Labels[\"size\"] == \"xl\"\n      evaluation:");
        var result = PolicyLoader.Parse("p.yaml", Samples.Bytes(text));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new SourceLocation("p.yaml", 9, 9), result.Value!.Rules[0].WhenLocation);
    }

    [Fact]
    public void Parse_JsonPolicy_BuildsSamePolicy()
    {
        const string json = """
            {"apiVersion": "governance/v1", "kind": "DeploymentPolicy", "metadata": {"name": "j"},
             "spec": {"rules": [{"id": "toxicity", "evaluation": {"metric": "toxicity_rate", "max": 0.01}}]}}
            """;
        var result = PolicyLoader.Parse("p.json", Samples.Bytes(json));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new SourceLocation("p.json", 2, 21), result.Value!.Rules[0].Location);
    }
}
