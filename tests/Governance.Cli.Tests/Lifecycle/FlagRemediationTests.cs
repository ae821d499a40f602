using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Xunit;

namespace Governance.Cli.Tests.Lifecycle;

public sealed class FlagRemediationTests
{
    private const string Reason = "contains scraped medical records";

    [Fact]
    public void Flag_DatasetUsedOnlyInPretraining_DeniesFinalModelNamingDatasetStageAndReason()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);
        Assert.Equal(Verdict.Allow, LedgerGate.Evaluate(repo, Pipeline.Policy, Pipeline.Final).Verdict);

        repo.Record("flag", "--dataset", "web", "--reason", Reason, "--severity", "high", "--reference", "INC-7");
        var decision = LedgerGate.Evaluate(repo, Pipeline.Policy, Pipeline.Final);

        Assert.Equal(Verdict.Deny, decision.Verdict);
        var rule = decision.Rule("clean-training-data");
        Assert.Equal(RuleOutcome.Fail, rule.Outcome);
        Assert.Contains($"source web (stage pretraining) is flagged: {Reason}", rule.Message, StringComparison.Ordinal);
        Assert.Contains("(FLAGGED): 3 model(s), 1 deployment(s)", repo.Ok("lineage", "impact", "--dataset", "web"), StringComparison.Ordinal);
        Assert.Contains($"flag: flagged: {Reason}", repo.Ok("lineage", "show", "--model", "support-bot"), StringComparison.Ordinal);
    }

    [Fact]
    public void Flag_ApprovalsGrantedBeforeIt_NeedReapprovalEvenWhenTheSourceIsWaived()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);
        repo.Record("flag", "--dataset", "web", "--reason", Reason);
        Waive(repo, TimeSpan.FromDays(7));

        var waived = LedgerGate.Evaluate(repo, Pipeline.Policy, Pipeline.Final);
        AssertSourceWaived(waived);
        Assert.Equal(RuleOutcome.Fail, waived.Rule("two-approvals").Outcome);
        Assert.Contains("re-approval needed", string.Join('\n', [waived.Rule("two-approvals").Message, .. waived.Rule("two-approvals").Details]), StringComparison.Ordinal);

        Pipeline.Approve(repo, "alice");
        Pipeline.Approve(repo, "bob");

        Assert.Equal(Verdict.Allow, LedgerGate.Evaluate(repo, Pipeline.Policy, Pipeline.Final).Verdict);
        Assert.Contains("waiver: waived for sha256:cccccccccccc… by risk@acme until", repo.Ok("lineage", "show", "--model", "support-bot"), StringComparison.Ordinal);
    }

    [Fact]
    public void Waiver_OnFlaggedSource_StopsCountingWhenItExpires()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Train(repo);
        repo.Record("flag", "--dataset", "web", "--reason", Reason);
        Waive(repo, TimeSpan.FromHours(2));
        AssertSourceWaived(LedgerGate.Evaluate(repo, Pipeline.Policy, Pipeline.Final));

        repo.Advance(TimeSpan.FromHours(3));

        Assert.Equal(RuleOutcome.Fail, LedgerGate.Evaluate(repo, Pipeline.Policy, Pipeline.Final).Rule("clean-training-data").Outcome);
    }

    [Fact]
    public void Unflag_AfterFlag_AllowsAgainWithTheOriginalApprovals()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);
        repo.Record("flag", "--dataset", "web", "--reason", Reason);
        Assert.Equal(Verdict.Deny, LedgerGate.Evaluate(repo, Pipeline.Policy, Pipeline.Final).Verdict);

        repo.Record("unflag", "--dataset", "web", "--reason", "false positive: records were synthetic");

        Assert.Equal(Verdict.Allow, LedgerGate.Evaluate(repo, Pipeline.Policy, Pipeline.Final).Verdict);
        Assert.Contains("\"flagged\": false", repo.Ok("lineage", "impact", "--dataset", "web", "--format", "json"), StringComparison.Ordinal);
    }

    [Fact]
    public void RequireRegisteredDatasets_UnregisteredSourceAndDigestMismatch_Deny()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Train(repo);
        var other = Pipeline.D('9');
        // `record training` refuses an unregistered input before writing (trust v2); a relayed evidence file still
        // carries one into the ledger, and the policy must deny what it finds there.
        var refused = repo.Run("record", "training", "--model", "support-bot", "--digest", other, "--stage", "sft-2", "--stage-kind", "sft",
            "--parent", Pipeline.Base, "--input", "wild-forum", "--input", $"chat@{Pipeline.D('8')}", "--key", repo.Key("recorder"));
        Assert.Equal(2, refused.Exit);
        Assert.Contains("dataset wild-forum is not registered in the ledger", refused.Error, StringComparison.Ordinal);
        var evidence = repo.Scratch("sft2.json", $$"""
            {"training":[{"stage":"sft-2","inputs":["{{Pipeline.Base}}","wild-forum","chat@{{Pipeline.D('8')}}"],"output":"{{other}}","time":"{{Format.Time(repo.Now.AddHours(-1))}}"}]}
            """);
        repo.Record("record", "--from-evidence", evidence);

        var rule = LedgerGate.Evaluate(repo, Pipeline.Policy, other).Rule("clean-training-data");

        Assert.Equal(RuleOutcome.Fail, rule.Outcome);
        Assert.Contains("wild-forum", rule.Message, StringComparison.Ordinal);
        Assert.Contains("chat", rule.Message, StringComparison.Ordinal);
        var text = repo.Ok("lineage", "show", "--model", other);
        Assert.Contains("unregistered: not registered", text, StringComparison.Ordinal);
        Assert.Contains($"mismatch: stage pinned {Pipeline.D('8')}", text, StringComparison.Ordinal);
    }

    private static void AssertSourceWaived(Decision decision)
    {
        var rule = decision.Rule("clean-training-data");
        Assert.Equal(RuleOutcome.Pass, rule.Outcome);
        Assert.Contains(rule.Details, d => d.StartsWith("source web is flagged but waived by risk@acme until", StringComparison.Ordinal));
    }

    private static void Waive(GovernedRepo repo, TimeSpan duration) =>
        repo.Ok("waive", "--rules", "source:web", "--digest", Pipeline.Final, "--model", "support-bot", "--reason", "retraining scheduled; risk accepted",
            "--expires", Format.Time(repo.Now + duration), "--key", repo.Key("risk"), "--recorder-key", repo.Key("recorder"));
}
