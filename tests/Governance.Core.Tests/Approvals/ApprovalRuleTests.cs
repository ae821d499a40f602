using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Testing.Builders;

namespace Governance.Core.Tests.Approvals;

public sealed class ApprovalRuleTests
{
    private static readonly Policy TwoFromGovernance = Some.Policy(Some.Rule("two-approvals", Some.TwoApprovals(TimeSpan.FromDays(14))));

    [Fact]
    public void Approvals_TwoDistinctTeamMembers_Pass()
    {
        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), Some.Approval("bob")));

        Assert.Equal(RuleOutcome.Pass, result.Outcome);
        Assert.Equal("2 of 2 required approvals from team acme/ml-governance: alice, bob", result.Message);
    }

    [Fact]
    public void Approvals_SamePersonTwice_CountsOnce()
    {
        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), Some.Approval("alice", age: TimeSpan.FromMinutes(5))));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.StartsWith("1 of 2 required approvals", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approvals_PersonInSeveralTeams_CountsOnce()
    {
        var alice = Some.Approval("alice") with { Teams = ["acme/ml-governance", "acme/risk-committee"] };
        var policy = Some.Policy(Some.Rule("r", new ApprovalRequirement(2, new PrincipalSet(["acme/ml-governance", "acme/risk-committee"], []))));

        Assert.Equal(RuleOutcome.Fail, Gate.Single(policy, Gate.With(alice)).Outcome);
    }

    [Fact]
    public void Approvals_AuthorApproves_NeverCounts()
    {
        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), Some.Approval("dave")));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains("dave: ignored, the change's author never counts", result.Details);
    }

    [Fact]
    public void Approvals_DeployerApproves_NeverCounts()
    {
        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), Some.Approval("ERIN")));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains("ERIN: ignored, the deployer never counts", result.Details);
    }

    [Fact]
    public void Approvals_AuthorExclusionDisabled_AuthorCounts()
    {
        var policy = Some.Policy(Some.Rule("r", Some.TwoApprovals() with { DistinctFromAuthor = false }));

        Assert.Equal(RuleOutcome.Pass, Gate.Single(policy, Gate.With(Some.Approval("alice"), Some.Approval("dave"))).Outcome);
    }

    [Fact]
    public void Approvals_NonMember_DoesNotCount()
    {
        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), Some.Approval("mallory", team: "acme/interns")));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.StartsWith("mallory: ignored, not in team acme/ml-governance", StringComparison.Ordinal));
    }

    [Fact]
    public void Approvals_NamedUser_CountsWithoutTeam()
    {
        var policy = Some.Policy(Some.Rule("ciso", new ApprovalRequirement(1, new PrincipalSet([], ["ciso"]))));

        Assert.Equal(RuleOutcome.Pass, Gate.Single(policy, Gate.With(Some.Approval("ciso", team: "exec"))).Outcome);
    }

    [Fact]
    public void Approvals_BoundToOtherDigest_DoNotCount()
    {
        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), Some.Approval("bob", digest: Some.Digest(2))));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.StartsWith("bob: ignored, bound to sha256:aaaaaaaaaaaa", StringComparison.Ordinal));
    }

    [Fact]
    public void Approvals_ReviewOfSubjectCommit_Counts()
    {
        var review = Some.Approval("bob") with { Digest = null, Commit = "C0FFEE" };

        Assert.Equal(RuleOutcome.Pass, Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), review)).Outcome);
    }

    [Fact]
    public void Approvals_StaleReview_CountsOnlyWithAllowStale()
    {
        var stale = Some.Approval("bob") with { Digest = null, Commit = "0ld", IsStale = true };
        var evidence = Gate.With(Some.Approval("alice"), stale);
        var allowStale = Some.Policy(Some.Rule("r", Some.TwoApprovals() with { AllowStale = true }));

        Assert.Equal(RuleOutcome.Fail, Gate.Single(TwoFromGovernance, evidence).Outcome);
        Assert.Equal(RuleOutcome.Pass, Gate.Single(allowStale, evidence).Outcome);
    }

    [Fact]
    public void Approvals_OlderThanMaxAge_DoNotCount()
    {
        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), Some.Approval("bob", age: TimeSpan.FromDays(15))));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains("bob: ignored, approved 15d 0h ago, older than maxAge 14d", result.Details);
    }

    [Fact]
    public void Approvals_LatestDecisiveIsChangesRequested_DoesNotCount()
    {
        var evidence = Gate.With(
            Some.Approval("alice"),
            Some.Approval("bob", age: TimeSpan.FromHours(3)),
            Some.Approval("bob", age: TimeSpan.FromHours(1), state: ApprovalState.ChangesRequested));

        Assert.Equal(RuleOutcome.Fail, Gate.Single(TwoFromGovernance, evidence).Outcome);
    }

    [Fact]
    public void Approvals_CommentAfterApproval_ApprovalStillCounts()
    {
        var evidence = Gate.With(
            Some.Approval("alice"),
            Some.Approval("bob", age: TimeSpan.FromHours(3)),
            Some.Approval("bob", age: TimeSpan.FromHours(1), state: ApprovalState.Commented));

        Assert.Equal(RuleOutcome.Pass, Gate.Single(TwoFromGovernance, evidence).Outcome);
    }

    [Fact]
    public void Approvals_Revoked_DoesNotCount()
    {
        var evidence = Gate.With(Some.Approval("alice"), Some.Approval("bob", age: TimeSpan.FromHours(3)), Some.Approval("bob", state: ApprovalState.Revoked));

        Assert.Equal(RuleOutcome.Fail, Gate.Single(TwoFromGovernance, evidence).Outcome);
    }

    [Fact]
    public void Approvals_Dismissed_IsIgnored()
    {
        var evidence = Gate.With(Some.Approval("alice"), Some.Approval("bob", state: ApprovalState.Dismissed));

        Assert.Equal(RuleOutcome.Fail, Gate.Single(TwoFromGovernance, evidence).Outcome);
    }

    [Fact]
    public void Approvals_RecordedAfterDecisionTime_DoNotCount()
    {
        var evidence = Gate.With(Some.Approval("alice"), Some.Approval("bob", age: TimeSpan.FromHours(-1)));

        Assert.Equal(RuleOutcome.Fail, Gate.Single(TwoFromGovernance, evidence).Outcome);
    }

    [Fact]
    public void Approvals_UnsignedWhenSignedRequired_DoNotCount()
    {
        var signed = Some.Approval("bob") with { Origin = Some.Signed("bob") };
        var options = new EvaluationOptions { RequireSignedForEnforce = true };

        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), signed), options: options);

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.StartsWith("alice: ignored, unsigned", StringComparison.Ordinal));
    }

    [Fact]
    public void Approvals_Failing_RemedySaysWhoCanStillApprove()
    {
        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice")));

        Assert.Equal("1 more approval of sha256:aaaaaaaaaaaa… from team acme/ml-governance (not the author dave, not the deployer erin), within 14d", result.Remedy);
    }
}
