using Governance.Core.Decisions;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Testing.Builders;

namespace Governance.Core.Tests.Evaluations;

public sealed class EvaluationRuleTests
{
    private static readonly Policy Toxicity = Some.Policy(Some.Rule("toxicity",
        new EvaluationRequirement("toxicity_rate", Dataset: "realtoxicityprompts", Max: 0.01, MaxAge: TimeSpan.FromDays(30))));

    private static readonly Policy Accuracy = Some.Policy(Some.Rule("accuracy",
        new EvaluationRequirement("accuracy", Min: 0.85, NoRegressionFrom: "production", Tolerance: 0.01)));

    private static EvidenceSet With(params EvaluationRecord[] evaluations) => new() { Evaluations = evaluations };

    private static DeploymentRecord Live(int digest) =>
        new("production", "support-bot-v3", Some.Digest(digest), Some.Now - TimeSpan.FromDays(5), Some.Origin("test.json#/deployments/0"));

    [Fact]
    public void Evaluation_BelowMax_Passes()
    {
        var result = Gate.Single(Toxicity, With(Some.Evaluation("toxicity_rate", 0.004, "realtoxicityprompts")));

        Assert.Equal(RuleOutcome.Pass, result.Outcome);
        Assert.Equal("toxicity_rate on realtoxicityprompts 0.004 ≤ max 0.01", result.Message);
    }

    [Fact]
    public void Evaluation_AboveMax_FailsWithOperands()
    {
        var result = Gate.Single(Toxicity, With(Some.Evaluation("toxicity_rate", 0.02, "realtoxicityprompts")));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Equal("toxicity_rate on realtoxicityprompts 0.02 is above max 0.01", result.Message);
    }

    [Fact]
    public void Evaluation_BelowMin_FailsWithOperands()
    {
        var result = Gate.Single(Accuracy, With(Some.Evaluation("accuracy", 0.8)));

        Assert.Equal("accuracy 0.8 is below min 0.85", result.Message);
    }

    [Fact]
    public void Evaluation_Missing_FailsWithRemedy()
    {
        var result = Gate.Single(Toxicity, With());

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.StartsWith("record an evaluation of toxicity_rate on realtoxicityprompts", result.Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluation_OtherDataset_DoesNotCount()
    {
        Assert.Equal(RuleOutcome.Fail, Gate.Single(Toxicity, With(Some.Evaluation("toxicity_rate", 0.001, "other"))).Outcome);
    }

    [Fact]
    public void Evaluation_OtherDigest_NeverSatisfies()
    {
        var result = Gate.Single(Toxicity, With(Some.Evaluation("toxicity_rate", 0.001, "realtoxicityprompts", Some.Digest(7))));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.Contains("not sha256:aaaaaaaaaaaa", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluation_LatestRecordWins()
    {
        var evidence = With(
            Some.Evaluation("toxicity_rate", 0.001, "realtoxicityprompts", age: TimeSpan.FromDays(2)),
            Some.Evaluation("toxicity_rate", 0.05, "realtoxicityprompts", age: TimeSpan.FromDays(1)));

        Assert.Equal(RuleOutcome.Fail, Gate.Single(Toxicity, evidence).Outcome);
    }

    [Fact]
    public void Evaluation_OlderThanMaxAge_Fails()
    {
        var result = Gate.Single(Toxicity, With(Some.Evaluation("toxicity_rate", 0.001, "realtoxicityprompts", age: TimeSpan.FromDays(31))));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains("older than maxAge 30d", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRegression_NothingLive_Passes()
    {
        var result = Gate.Single(Accuracy, With(Some.Evaluation("accuracy", 0.9)));

        Assert.Equal(RuleOutcome.Pass, result.Outcome);
        Assert.Contains("no support-bot-v3 live in production", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRegression_WithinTolerance_Passes()
    {
        var evidence = With(Some.Evaluation("accuracy", 0.895), Some.Evaluation("accuracy", 0.90, digest: Some.Digest(5))) with { Deployments = [Live(5)] };

        Assert.Equal(RuleOutcome.Pass, Gate.Single(Accuracy, evidence).Outcome);
    }

    [Fact]
    public void NoRegression_WorseThanLiveBeyondTolerance_Fails()
    {
        var evidence = With(Some.Evaluation("accuracy", 0.87), Some.Evaluation("accuracy", 0.90, digest: Some.Digest(5))) with { Deployments = [Live(5)] };

        var result = Gate.Single(Accuracy, evidence);

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.StartsWith("accuracy regressed: accuracy 0.87 vs 0.9 live in production", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRegression_LowerIsBetterMetric_ComparesUpwards()
    {
        var policy = Some.Policy(Some.Rule("tox", new EvaluationRequirement("toxicity_rate", Max: 0.05, NoRegressionFrom: "production")));
        var evidence = With(Some.Evaluation("toxicity_rate", 0.02), Some.Evaluation("toxicity_rate", 0.01, digest: Some.Digest(5))) with { Deployments = [Live(5)] };

        Assert.Equal(RuleOutcome.Fail, Gate.Single(policy, evidence).Outcome);
    }

    [Fact]
    public void NoRegression_LiveHasNoBaseline_FailsClosed()
    {
        var evidence = With(Some.Evaluation("accuracy", 0.95)) with { Deployments = [Live(5)] };

        var result = Gate.Single(Accuracy, evidence);

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains("cannot show no regression", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRegression_LatestDeploymentIsTheBaseline()
    {
        var older = Live(5) with { Time = Some.Now - TimeSpan.FromDays(30) };
        var evidence = With(Some.Evaluation("accuracy", 0.88), Some.Evaluation("accuracy", 0.99, digest: Some.Digest(5)), Some.Evaluation("accuracy", 0.87, digest: Some.Digest(6)))
            with { Deployments = [Live(6), older] };

        Assert.Equal(RuleOutcome.Pass, Gate.Single(Accuracy, evidence).Outcome);
    }
}
