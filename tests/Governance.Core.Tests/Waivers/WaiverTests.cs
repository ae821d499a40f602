using Governance.Core.Decisions;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Testing.Builders;

namespace Governance.Core.Tests.Waivers;

public sealed class WaiverTests
{
    private static readonly WaiverPolicy RiskCommittee = new(new PrincipalSet(["acme/risk-committee"], []), TimeSpan.FromDays(14));
    private static readonly Rule Toxicity = Some.Rule("toxicity", new EvaluationRequirement("toxicity_rate", Max: 0.01));

    private static WaiverRecord Waiver(string approver = "rita", string team = "acme/risk-committee", int digest = 1, string rule = "toxicity", TimeSpan? granted = null, TimeSpan? runs = null)
    {
        var grantedAt = Some.Now - (granted ?? TimeSpan.FromDays(1));
        return new([rule], Some.Digest(digest), approver, [team], "false positives in the toxicity classifier", grantedAt, grantedAt + (runs ?? TimeSpan.FromDays(7)), Some.Origin("test.json#/waivers/0"));
    }

    private static RuleResult Evaluate(WaiverRecord waiver, WaiverPolicy? policy = null) => Gate.Single(
        Some.Policy(policy ?? RiskCommittee, Toxicity),
        new EvidenceSet { Context = new DecisionContext(Author: "dave"), Evaluations = [Some.Evaluation("toxicity_rate", 0.02)], Waivers = [waiver] });

    [Fact]
    public void Waiver_ValidForFailingRule_Waives()
    {
        var result = Evaluate(Waiver());

        Assert.Equal(RuleOutcome.Waived, result.Outcome);
        Assert.StartsWith("waived by rita until 2026-11-28T09:00:00Z (false positives in the toxicity classifier): toxicity_rate 0.02 is above max 0.01", result.Message, StringComparison.Ordinal);
        Assert.False(result.Blocks);
    }

    [Fact]
    public void Waiver_Expired_IsIgnoredAndSaysSo()
    {
        var result = Evaluate(Waiver(granted: TimeSpan.FromDays(10)));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.EndsWith("expired 2026-11-19T09:00:00Z", StringComparison.Ordinal));
    }

    [Fact]
    public void Waiver_OtherDigest_IsIgnored()
    {
        var result = Evaluate(Waiver(digest: 2));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.Contains("scoped to sha256:aaaaaaaaaaaa", StringComparison.Ordinal));
    }

    [Fact]
    public void Waiver_OtherRule_DoesNotApply()
    {
        Assert.Equal(RuleOutcome.Fail, Evaluate(Waiver(rule: "approvals")).Outcome);
    }

    [Fact]
    public void Waiver_ApproverNotInWaiverTeam_IsIgnored()
    {
        var result = Evaluate(Waiver(approver: "mallory", team: "acme/interns"));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.Contains("mallory is not a waiver approver", StringComparison.Ordinal));
    }

    [Fact]
    public void Waiver_LongerThanMaxDuration_IsIgnored()
    {
        var result = Evaluate(Waiver(runs: TimeSpan.FromDays(30)));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.Contains("longer than maxDuration 14d", StringComparison.Ordinal));
    }

    [Fact]
    public void Waiver_PolicyWithoutWaiverSection_IsIgnored()
    {
        var result = Gate.Single(
            Some.Policy(Toxicity),
            new EvidenceSet { Evaluations = [Some.Evaluation("toxicity_rate", 0.02)], Waivers = [Waiver()] });

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.Contains("allows no waivers", StringComparison.Ordinal));
    }

    [Fact]
    public void Waiver_GrantedByAuthor_IsIgnored()
    {
        Assert.Equal(RuleOutcome.Fail, Evaluate(Waiver(approver: "dave")).Outcome);
    }
}
