using Governance.Ledger.Keys;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;
using Governance.Testing.Git;
using Governance.Workflows.Audit;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Tests.Audit;

public sealed class LedgerAuditTests
{
    [Fact]
    public void Verify_LedgerOfTheTrustedRecorder_Intact()
    {
        using var ledger = new AuditLedger();
        using (var store = ledger.OpenStore())
        {
            ledger.Evaluations(store, ("support-bot", AuditLedger.ModelDigest), ("other", AuditLedger.OtherDigest));
        }

        var result = LedgerAudit.Verify(ledger.Repo.Path, ledger.Trust, null, TimeProvider.System);

        Assert.Equal(2, Assert.IsType<VerificationResult.Intact>(result).Size);
    }

    [Fact]
    public void Verify_LedgerWrittenByAKeyNobodyTrusts_NotIntact()
    {
        using var ledger = new AuditLedger();
        using var stranger = KeyPair.Generate();
        using (var store = ledger.OpenStore())
        {
            store.Append([new Ledger.Entries.EntryDraft(
                Ledger.Entries.EntryTypes.EvaluationRecorded,
                new Ledger.Entries.EntryActor("ci"),
                new Ledger.Entries.EntrySubject(Model: "support-bot", Digest: AuditLedger.ModelDigest),
                new System.Text.Json.Nodes.JsonObject { ["metric"] = "accuracy", ["value"] = 0.99, ["digest"] = AuditLedger.ModelDigest })], stranger);
        }

        var result = LedgerAudit.Verify(ledger.Repo.Path, ledger.Trust, null, TimeProvider.System);

        Assert.IsNotType<VerificationResult.Intact>(result);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void Entry_MissingSeq_ThrowsNamingTheLedgerSize()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        ledger.Evaluations(store, ("support-bot", AuditLedger.ModelDigest));

        Assert.Equal(1, LedgerAudit.Entry(store, 1).Entry.Seq);
        Assert.Equal("no entry 5: the ledger has 1 entries", Assert.Throws<WorkflowException>(() => LedgerAudit.Entry(store, 5)).Message);
    }

    [Fact]
    public void Checkpoint_OfTheTip_EndsWithNewlineAndNamesTheOrigin()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        Assert.Equal("the ledger is empty: no checkpoint yet", Assert.Throws<WorkflowException>(() => LedgerAudit.Checkpoint(store)).Message);
        ledger.Evaluations(store, ("support-bot", AuditLedger.ModelDigest));

        var note = LedgerAudit.Checkpoint(store);

        Assert.StartsWith("example.com/acme/ledger\n1\n", note, StringComparison.Ordinal);
        Assert.EndsWith("\n", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_LocalLedgerDiverged_ThrowsSayingToPush()
    {
        using var remote = TempGitRepository.CreateBare();
        using var a = new AuditLedger(TempGitRepository.Clone(remote));
        using var b = new AuditLedger(TempGitRepository.Clone(remote));
        using var storeA = a.OpenStore();
        using var storeB = b.OpenStore();
        a.Evaluations(storeA, ("support-bot", AuditLedger.ModelDigest));
        LedgerSyncing.Push(storeA, "origin", a.Recorder);
        b.Evaluations(storeB, ("other", AuditLedger.OtherDigest));

        var ex = Assert.Throws<WorkflowException>(() => LedgerSyncing.Pull(storeB, "origin"));

        Assert.StartsWith("the local ledger has entries the remote lacks", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_NothingLocal_FastForwardsAndReturnsTheTip()
    {
        using var remote = TempGitRepository.CreateBare();
        using var a = new AuditLedger(TempGitRepository.Clone(remote));
        using var b = new AuditLedger(TempGitRepository.Clone(remote));
        using var storeA = a.OpenStore();
        using var storeB = b.OpenStore();
        a.Evaluations(storeA, ("support-bot", AuditLedger.ModelDigest), ("other", AuditLedger.OtherDigest));
        Assert.Equal(0, LedgerSyncing.Push(storeA, "origin", a.Recorder).Rebased);

        Assert.Equal(2, LedgerSyncing.Pull(storeB, "origin"));
    }
}
