using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;
using Governance.Ledger.Verification;
using Governance.Testing.Git;

namespace Governance.Ledger.Tests.Storage;

public sealed class LedgerSyncTests
{
    [Fact]
    public void Push_RemoteMovedMeanwhile_RebasesLocalEntriesWithoutLossOrDuplication()
    {
        using var fx = new LedgerFixture();
        using var remote = TempGitRepository.CreateBare();
        using var cloneA = TempGitRepository.Clone(remote);
        using var cloneB = TempGitRepository.Clone(remote);
        using var a = new LedgerStore(cloneA.Path);
        using var b = new LedgerStore(cloneB.Path);

        a.Append([Drafts.Evaluation(1), Drafts.Evaluation(2)], fx.Recorder);
        Assert.Equal(0, new LedgerSync(a).Push(fx.Recorder).Rebased);

        b.Append([Drafts.Evaluation(10), Drafts.Approval(fx.Approver, LedgerFixture.ApproverPrincipal), Drafts.Evaluation(11)], fx.Recorder);
        a.Append(Drafts.Evaluation(3), fx.Recorder);
        Assert.Equal(0, new LedgerSync(a).Push(fx.Recorder).Rebased);

        var result = new LedgerSync(b).Push(fx.Recorder);
        Assert.Equal(3, result.Rebased);

        Assert.True(new LedgerSync(a).Pull());
        var runs = a.ReadAll().Select(e => (string?)e.Entry.Actor["run"] ?? e.Entry.Type).ToList();
        Assert.Equal(["run-1", "run-2", "run-3", "run-10", "approval.granted/v1", "run-11"], runs);
        Assert.Equal(6, Assert.IsType<VerificationResult.Intact>(new LedgerVerifier(fx.Trust).Verify(remote.Path)).Size);
    }

    [Fact]
    public void Pull_LocalHasNothingNew_FastForwardsToRemote()
    {
        using var fx = new LedgerFixture();
        using var remote = TempGitRepository.CreateBare();
        using var cloneA = TempGitRepository.Clone(remote);
        using var cloneB = TempGitRepository.Clone(remote);
        using var a = new LedgerStore(cloneA.Path);
        using var b = new LedgerStore(cloneB.Path);
        a.Append(Drafts.Evaluation(1), fx.Recorder);
        new LedgerSync(a).Push(fx.Recorder);

        Assert.True(new LedgerSync(b).Pull());
        Assert.Equal(a.Tip!.CommitId, b.Tip!.CommitId);
    }

    [Fact]
    public void Pull_Diverged_ReturnsFalseAndKeepsLocal()
    {
        using var fx = new LedgerFixture();
        using var remote = TempGitRepository.CreateBare();
        using var cloneA = TempGitRepository.Clone(remote);
        using var cloneB = TempGitRepository.Clone(remote);
        using var a = new LedgerStore(cloneA.Path);
        using var b = new LedgerStore(cloneB.Path);
        a.Append(Drafts.Evaluation(1), fx.Recorder);
        new LedgerSync(a).Push(fx.Recorder);
        var local = b.Append(Drafts.Evaluation(2), fx.Recorder);

        Assert.False(new LedgerSync(b).Pull());
        Assert.Equal(local.CommitId, b.Tip!.CommitId);
    }
}
