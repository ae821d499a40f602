using Governance.Core.Decisions;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Testing.Builders;

namespace Governance.Core.Tests.Provenance;

public sealed class ProvenanceRuleTests
{
    private static readonly Policy Clean = Some.Policy(
        new WaiverPolicy(new PrincipalSet(["acme/risk-committee"], []), TimeSpan.FromDays(14)),
        Some.Rule("clean-data", new ProvenanceRequirement(DenyFlaggedSources: true, RequireRegisteredDatasets: true)),
        Some.Rule("approvals", Some.TwoApprovals()));

    // pretraining(ds:web, ds:forum) -> 3; sft(3, ds:support) -> 2; preference(2, ds:prefs) -> 1 (the subject)
    private static EvidenceSet Pipeline() => new()
    {
        Context = new DecisionContext(Author: "dave"),
        Datasets = [Some.Dataset("ds:web"), Some.Dataset("ds:forum"), Some.Dataset("ds:support"), Some.Dataset("ds:prefs")],
        Training =
        [
            Some.Training("pretraining", Some.Digest(3), "ds:web", "ds:forum"),
            Some.Training("sft", Some.Digest(2), Some.Digest(3).Value, "ds:support"),
            Some.Training("preference", Some.Digest(1), Some.Digest(2).Value, "ds:prefs"),
        ],
        Approvals = [Some.Approval("alice", age: TimeSpan.FromDays(2)), Some.Approval("bob", age: TimeSpan.FromHours(1))],
    };

    private static DatasetFlag Flag(string dataset, TimeSpan age) =>
        new(dataset, "contains scraped personal data", Some.Now - age, Some.Origin("test.json#/flags/0"));

    [Fact]
    public void Provenance_CleanRegisteredLineage_Passes()
    {
        var decision = Gate.Evaluate(Clean, Pipeline());

        Assert.Equal(Verdict.Allow, decision.Verdict);
        Assert.Equal("4 source dataset(s) across 3 stage(s): ds:prefs, ds:support, ds:web, ds:forum; none flagged or unregistered", decision.Rules[0].Message);
    }

    [Fact]
    public void Provenance_SourceFlaggedInPretrainingOnly_DeniesFinalModelNamingStageAndReason()
    {
        var evidence = Pipeline() with { Flags = [Flag("ds:forum", TimeSpan.FromDays(1))] };

        var rule = Gate.Evaluate(Clean, evidence).Rules[0];

        Assert.Equal(RuleOutcome.Fail, rule.Outcome);
        Assert.Equal("source ds:forum (stage pretraining) is flagged: contains scraped personal data", rule.Message);
    }

    [Fact]
    public void Provenance_FlagCleared_Passes()
    {
        var evidence = Pipeline() with { Flags = [Flag("ds:forum", TimeSpan.FromDays(3)) with { Cleared = Some.Now - TimeSpan.FromDays(1) }] };

        Assert.Equal(RuleOutcome.Pass, Gate.Evaluate(Clean, evidence).Rules[0].Outcome);
    }

    [Fact]
    public void Approvals_GrantedBeforeSourceWasFlagged_NoLongerCount()
    {
        var evidence = Pipeline() with { Flags = [Flag("ds:forum", TimeSpan.FromDays(1))] };

        var approvals = Gate.Evaluate(Clean, evidence).Rules[1];

        Assert.Equal(RuleOutcome.Fail, approvals.Outcome);
        Assert.Contains(approvals.Details, d => d.StartsWith("alice: ignored, approved before source ds:forum was flagged", StringComparison.Ordinal));
    }

    [Fact]
    public void Provenance_FlaggedSourceWaived_Passes()
    {
        var waiver = new WaiverRecord(["source:ds:forum"], Some.Digest(1), "rita", ["acme/risk-committee"], "legal cleared the forum subset",
            Some.Now - TimeSpan.FromHours(1), Some.Now + TimeSpan.FromDays(7), Some.Origin("test.json#/waivers/0"));
        var evidence = Pipeline() with { Flags = [Flag("ds:forum", TimeSpan.FromDays(1))], Waivers = [waiver] };

        var rule = Gate.Evaluate(Clean, evidence).Rules[0];

        Assert.Equal(RuleOutcome.Pass, rule.Outcome);
        Assert.Contains(rule.Details, d => d.StartsWith("source ds:forum is flagged but waived by rita", StringComparison.Ordinal));
    }

    [Fact]
    public void Provenance_UnregisteredSource_Fails()
    {
        var evidence = Pipeline() with { Datasets = [Some.Dataset("ds:web"), Some.Dataset("ds:support"), Some.Dataset("ds:prefs")] };

        Assert.Equal("source ds:forum (stage pretraining) is not registered", Gate.Evaluate(Clean, evidence).Rules[0].Message);
    }

    [Fact]
    public void Provenance_PinnedDigestMismatch_Fails()
    {
        var evidence = Pipeline() with
        {
            Datasets = [.. Pipeline().Datasets.Where(d => d.Id != "ds:prefs"), Some.Dataset("ds:prefs", Some.Digest(40))],
            Training = [.. Pipeline().Training.Take(2), Some.Training("preference", Some.Digest(1), Some.Digest(2).Value, "ds:prefs@" + Some.Digest(41).Value)],
        };

        Assert.Contains("was trained as sha256:aaaaaaaaaaaa… but is registered as", Gate.Evaluate(Clean, evidence).Rules[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Provenance_UnknownParentModel_FailsUnlessRegistered()
    {
        var unknownBase = Pipeline() with { Training = [.. Pipeline().Training.Skip(1)] };
        var registeredBase = unknownBase with { Datasets = [.. unknownBase.Datasets, Some.Dataset("base:llama", Some.Digest(3))] };

        Assert.Equal(RuleOutcome.Fail, Gate.Evaluate(Clean, unknownBase).Rules[0].Outcome);
        Assert.Equal(RuleOutcome.Pass, Gate.Evaluate(Clean, registeredBase).Rules[0].Outcome);
    }

    [Fact]
    public void Provenance_NoLineage_FailsClosed()
    {
        var rule = Gate.Evaluate(Clean, new EvidenceSet()).Rules[0];

        Assert.Equal(RuleOutcome.Fail, rule.Outcome);
        Assert.StartsWith("no training lineage recorded", rule.Message, StringComparison.Ordinal);
    }
}
