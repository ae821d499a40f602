using Governance.Core.Decisions;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Testing.Builders;

namespace Governance.Core.Tests.Attestations;

public sealed class AttestationRuleTests
{
    private const string ModelCard = "https://governance.dev/attestations/model-card/v1";
    private static readonly Policy Policy = Some.Policy(Some.Rule("model-card", new AttestationRequirement(ModelCard, ["release@acme.example"])));

    private static EvidenceSet With(params AttestationRecord[] attestations) => new() { Attestations = attestations };

    private static AttestationRecord Card(string signer = "release@acme.example", int digest = 1, string type = ModelCard) =>
        new(type, signer, Some.Digest(digest), Some.Now - TimeSpan.FromDays(1), Some.Origin("test.json#/attestations/0"));

    [Fact]
    public void Attestation_RightTypeSignerAndDigest_Passes()
    {
        Assert.Equal(RuleOutcome.Pass, Gate.Single(Policy, With(Card())).Outcome);
    }

    [Fact]
    public void Attestation_OtherSigner_Fails()
    {
        var result = Gate.Single(Policy, With(Card(signer: "intern@acme.example")));

        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Contains(result.Details, d => d.Contains("signed by intern@acme.example, not one of release@acme.example", StringComparison.Ordinal));
    }

    [Fact]
    public void Attestation_OtherDigest_Fails()
    {
        Assert.Equal(RuleOutcome.Fail, Gate.Single(Policy, With(Card(digest: 3))).Outcome);
    }

    [Fact]
    public void Attestation_OtherPredicateType_Fails()
    {
        Assert.Equal(RuleOutcome.Fail, Gate.Single(Policy, With(Card(type: "https://slsa.dev/provenance/v1"))).Outcome);
    }

    [Fact]
    public void Attestation_VerifiedSignerOverridesClaimedSigner()
    {
        var forged = Card() with { Origin = Some.Signed("mallory@acme.example") };

        Assert.Equal(RuleOutcome.Fail, Gate.Single(Policy, With(forged)).Outcome);
    }
}
