using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Testing.Builders;

namespace Governance.Core.Tests.Approvals;

/// <summary>One person, one approval, whatever name a source uses (issue 11, DESIGN §5 Identities).</summary>
public sealed class IdentityTests
{
    private static readonly Policy TwoFromGovernance = Some.Policy(Some.Rule("two-approvals", Some.TwoApprovals()));

    private static readonly IdentityMap Acme = new(
        [new("alice", "alice@acme.example"), new("alice-gh", "alice@acme.example"), new("bob", "bob@acme.example")],
        ["alice@acme.example", "bob@acme.example"]);

    private static ApprovalRecord Signed(string principal) =>
        Some.Approval(principal) with { Origin = new EvidenceOrigin(EvidenceSource.Ledger, "ledger:7", principal) };

    [Fact]
    public void Approvals_FileAliasAndSignedPrincipal_CountAsOneApprover()
    {
        var evidence = Gate.With(Some.Approval("alice"), Signed("alice@acme.example")) with { Identities = Acme };

        var result = Gate.Single(TwoFromGovernance, evidence);

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.StartsWith("1 of 2 required approvals", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approvals_DeployerLoginMapsToSignedApprover_Excluded()
    {
        var evidence = new EvidenceSet
        {
            Context = new DecisionContext(Author: "mallory", Deployer: "bob"),
            Approvals = [Signed("alice@acme.example"), Signed("bob@acme.example")],
            Identities = Acme,
        };

        var result = Gate.Single(TwoFromGovernance, evidence);

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains("bob@acme.example: ignored, the deployer never counts", result.Details);
    }

    [Fact]
    public void Approvals_AuthorKnownOnlyAsOtherAuthor_Excluded()
    {
        var evidence = new EvidenceSet
        {
            Context = new DecisionContext() { OtherAuthors = ["alice-gh"] },
            Approvals = [Signed("alice@acme.example"), Signed("bob@acme.example")],
            Identities = Acme,
        };

        var result = Gate.Single(TwoFromGovernance, evidence);

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains("alice@acme.example: ignored, the change's author never counts", result.Details);
    }

    [Fact]
    public void Approvals_ListedUserByGitHubLogin_MatchesSignedPrincipal()
    {
        var policy = Some.Policy(Some.Rule("r", new ApprovalRequirement(1, new PrincipalSet([], ["alice-gh"]))));
        var evidence = Gate.With(Signed("alice@acme.example") with { Teams = [] }) with { Identities = Acme };

        Assert.Equal(RuleOutcome.Pass, Gate.Single(policy, evidence).Outcome);
    }

    [Fact]
    public void Approvals_LatestReviewDismissed_CancelsEarlierApproval()
    {
        var evidence = Gate.With(
            Some.Approval("alice", age: TimeSpan.FromHours(2)),
            Some.Approval("alice", age: TimeSpan.FromHours(1), state: ApprovalState.Dismissed),
            Some.Approval("bob"));

        var result = Gate.Single(TwoFromGovernance, evidence);

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.StartsWith("alice: ignored, latest review is dismissed", StringComparison.Ordinal));
    }

    [Fact]
    public void RequireSignedForEnforce_UnsignedFileApprovals_DoNotCountButGitHubReviewsDo()
    {
        var github = Some.Approval("carol") with { Origin = new EvidenceOrigin(EvidenceSource.GitHub, "https://github.com/o/r/pull/1#pullrequestreview-1") };
        var options = new EvaluationOptions { RequireSignedForEnforce = true };

        var result = Gate.Single(TwoFromGovernance, Gate.With(Some.Approval("alice"), github), options: options);

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.StartsWith("1 of 2 required approvals from team acme/ml-governance: carol", result.Message, StringComparison.Ordinal);
        Assert.Contains(result.Details, d => d.Contains("require-signed refuses unsigned evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void RequireSignedRule_GitHubReview_DoesNotCount()
    {
        var rule = Some.Rule("signed", Some.TwoApprovals()) with { RequireSigned = true };
        var github = Some.Approval("carol") with { Origin = new EvidenceOrigin(EvidenceSource.GitHub, "review-1") };

        var result = Gate.Single(Some.Policy(rule), Gate.With(github, Signed("bob@acme.example")));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.Contains("this rule needs signed evidence", StringComparison.Ordinal));
    }
}
