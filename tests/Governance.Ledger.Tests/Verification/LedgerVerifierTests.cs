using System.Text.Json.Nodes;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;
using Governance.Ledger.Verification;
using Governance.Testing.Files;

namespace Governance.Ledger.Tests.Verification;

public sealed class LedgerVerifierTests : IDisposable
{
    private readonly LedgerFixture _fx = new();
    private readonly LedgerStore _store;

    public LedgerVerifierTests()
    {
        _store = _fx.OpenStore();
        _store.Append([Drafts.Evaluation(1), Drafts.Approval(_fx.Approver, LedgerFixture.ApproverPrincipal), .. Enumerable.Range(2, 4).Select(i => Drafts.Evaluation(i))], _fx.Recorder);
    }

    public void Dispose()
    {
        _store.Dispose();
        _fx.Dispose();
    }

    private VerificationResult Verify(string? trustedCheckpoint = null) =>
        new LedgerVerifier(_fx.Trust, new LedgerVerifierOptions(trustedCheckpoint)).Verify(_fx.Repo.Path);

    private static void AssertTampered(VerificationResult result, long seq, TamperKind kind)
    {
        var tampered = Assert.IsType<VerificationResult.Tampered>(result);
        Assert.True(tampered.Kind == kind && tampered.Seq == seq, $"expected {kind} at {seq}, got {tampered}");
    }

    private void Rewrite(Func<List<ForgedEntry>, List<ForgedEntry>> mutate, KeyPair? signer) =>
        Forger.Write(_store, mutate(Forger.Read(_store)), signer);

    [Fact]
    public void Verify_UntouchedLedger_IsIntactWithHeadCheckpoint()
    {
        var intact = Assert.IsType<VerificationResult.Intact>(Verify());
        Assert.Equal(6, intact.Size);
        Assert.Equal(6, intact.Head!.Size);
        Assert.Equal(0, intact.ExitCode);
    }

    [Fact]
    public void Verify_EmptyLedger_IsIntactWithSizeZero()
    {
        using var fx = new LedgerFixture();
        Assert.Equal(0, Assert.IsType<VerificationResult.Intact>(new LedgerVerifier(fx.Trust).Verify(fx.Repo.Path)).Size);
    }

    [Fact]
    public void Verify_EntryEditedAndRecommittedWithRecorderKey_Edited() =>
        AssertAfter(l => { l[2] = l[2].WithJson(j => j["payload"]!["value"] = 0.99); return l; }, _fx.Recorder, 3, TamperKind.Edited);

    [Fact]
    public void Verify_EntryEditedAndRecommittedWithAttackerKey_UntrustedSigner()
    {
        using var mallory = KeyPair.Generate();
        AssertAfter(l => { l[2] = l[2].WithJson(j => j["payload"]!["value"] = 0.99); return l; }, mallory, 1, TamperKind.UntrustedSigner);
    }

    [Fact]
    public void Verify_HistoryRewrittenWithoutSignatures_BadSignature() =>
        AssertAfter(l => l, null, 1, TamperKind.BadSignature);

    [Fact]
    public void Verify_EntryDeleted_Removed() =>
        AssertAfter(l => { l.RemoveAt(2); return l; }, _fx.Recorder, 3, TamperKind.Removed);

    [Fact]
    public void Verify_EntriesSwapped_Reordered() =>
        AssertAfter(l => { (l[2], l[3]) = (l[3], l[2]); return l; }, _fx.Recorder, 3, TamperKind.Reordered);

    [Fact]
    public void Verify_ForgedEntryInserted_Inserted() =>
        AssertAfter(l => { l.Insert(3, l[2].WithJson(j => j["payload"]!["value"] = 0.5)); return l; }, _fx.Recorder, 4, TamperKind.Inserted);

    [Fact]
    public void Verify_TruncatedToAnEarlierBatchWithoutTrustedCheckpoint_LooksIntactButWithTrustedCheckpoint_RolledBack()
    {
        var earlier = _store.Objects.ResolveRef(LedgerLayout.Ref)!;
        _store.Append([Drafts.Evaluation(7), Drafts.Evaluation(8)], _fx.Recorder);
        var trusted = _store.Tip!.CheckpointNote;
        Governance.Testing.Git.ProcessRunner.Run("git", ["update-ref", LedgerLayout.Ref, earlier], _fx.Repo.Path).EnsureSuccess("update-ref");
        Assert.Equal(6, Assert.IsType<VerificationResult.Intact>(Verify()).Size);
        AssertTampered(Verify(trusted), 7, TamperKind.RolledBack);
    }

    [Fact]
    public void Verify_TruncatedInsideABatch_RolledBackEvenWithoutTrustedCheckpoint()
    {
        Rewrite(l => l.Take(4).ToList(), _fx.Recorder);
        AssertTampered(Verify(), 5, TamperKind.RolledBack);
    }

    [Fact]
    public void Verify_LedgerWithACheckpointOnEveryCommit_StillIntact()
    {
        Rewrite(l => Forger.Rechain(l, _fx.Recorder), _fx.Recorder);
        Assert.Equal(6, Assert.IsType<VerificationResult.Intact>(Verify()).Size);
    }

    [Fact]
    public void Verify_CheckpointInsideABatchForgedByAnotherKey_BadSignature()
    {
        using var mallory = KeyPair.Generate();
        AssertAfter(l => { l[2] = l[2] with { Checkpoint = Forger.Rechain(l, mallory)[2].Checkpoint }; return l; }, _fx.Recorder, 3, TamperKind.BadSignature);
    }

    [Fact]
    public void Verify_SmallWindowOnSeveralThreads_IntactAndReportsTheFirstReorderedEntry()
    {
        _store.Append([.. Enumerable.Range(10, 60).Select(i => Drafts.Evaluation(i))], _fx.Recorder);
        var options = new LedgerVerifierOptions(Parallelism: 3, ChunkSize: 16);
        Assert.Equal(66, Assert.IsType<VerificationResult.Intact>(new LedgerVerifier(_fx.Trust, options).Verify(_fx.Repo.Path)).Size);

        Rewrite(l => { (l[40], l[47]) = (l[47], l[40]); return l; }, _fx.Recorder);
        AssertTampered(new LedgerVerifier(_fx.Trust, options).Verify(_fx.Repo.Path), 41, TamperKind.Reordered);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(1024)]
    public void Verify_EntryMovedFurtherThanTheWindow_ReorderedWhateverTheWindow(int window)
    {
        _store.Append([.. Enumerable.Range(10, 120).Select(i => Drafts.Evaluation(i))], _fx.Recorder);
        Rewrite(l => { var moved = l[10]; l.RemoveAt(10); l.Insert(110, moved); return l; }, _fx.Recorder);

        AssertTampered(new LedgerVerifier(_fx.Trust, new LedgerVerifierOptions(Parallelism: 2, ChunkSize: window)).Verify(_fx.Repo.Path), 11, TamperKind.Reordered);
    }

    [Fact]
    public void Verify_ForcePushedConsistentRewriteAgainstTrustedCheckpoint_CheckpointInconsistent()
    {
        var trusted = _store.Tip!.CheckpointNote;
        Rewrite(l => { l[1] = l[1].WithJson(j => j["actor"]!["name"] = "someone-else"); return Forger.Rechain(l, _fx.Recorder); }, _fx.Recorder);
        Assert.IsType<VerificationResult.Intact>(Verify());
        AssertTampered(Verify(trusted), 6, TamperKind.CheckpointInconsistent);
    }

    [Fact]
    public void Verify_AppendAfterTrustedCheckpoint_StillIntact()
    {
        var trusted = _store.Tip!.CheckpointNote;
        _store.Append(Drafts.Evaluation(9), _fx.Recorder);
        Assert.Equal(7, Assert.IsType<VerificationResult.Intact>(Verify(trusted)).Size);
    }

    [Fact]
    public void Verify_RechainedWithUntrustedKey_UntrustedSigner()
    {
        using var mallory = KeyPair.Generate();
        AssertAfter(l => Forger.Rechain(l, mallory), mallory, 1, TamperKind.UntrustedSigner);
    }

    [Fact]
    public void Verify_DowngradeToRsaKeyNamedInSignature_UntrustedSigner()
    {
        using var rsa = KeyPair.Generate(KeyAlgorithm.Rsa);
        AssertAfter(l => Forger.Rechain(l, rsa), rsa, 1, TamperKind.UntrustedSigner);
    }

    [Fact]
    public void Verify_EntryNamingItsOwnKeyAndAlgorithm_SchemaRejected() =>
        AssertAfter(
            l => { l[0] = l[0].WithJson(j => { j["alg"] = "none"; j["key"] = "ecdsa-sha2-nistp256 AAAA"; }); return Forger.Rechain(l, _fx.Recorder); },
            _fx.Recorder, 1, TamperKind.Schema);

    [Fact]
    public void Verify_CheckpointReplacedBySignatureOfUntrustedKey_BadSignature()
    {
        using var mallory = KeyPair.Generate();
        AssertAfter(l => { var forged = Forger.Rechain(l, mallory); l[4] = l[4] with { Checkpoint = forged[4].Checkpoint }; return l; }, _fx.Recorder, 5, TamperKind.BadSignature);
    }

    [Fact]
    public void Verify_EnvelopeSwappedForAnotherDigest_EnvelopeMismatch()
    {
        var other = Drafts.Approval(_fx.Approver, LedgerFixture.ApproverPrincipal, "sha256:" + new string('b', 64)).Envelope!.ToJson();
        AssertAfter(l => { l[1] = l[1] with { Envelope = other }; return l; }, _fx.Recorder, 2, TamperKind.EnvelopeMismatch);
    }

    [Fact]
    public void Verify_ApprovalSignedByUntrustedPerson_UntrustedSigner()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        using var mallory = KeyPair.Generate();
        store.Append(Drafts.Approval(mallory, LedgerFixture.ApproverPrincipal), fx.Recorder);
        AssertTampered(new LedgerVerifier(fx.Trust).Verify(fx.Repo.Path), 1, TamperKind.UntrustedSigner);
    }

    [Fact]
    public void Verify_ApprovalClaimingAnotherApprover_UntrustedSigner()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        var draft = Drafts.Approval(fx.Approver, LedgerFixture.ApproverPrincipal);
        draft.Payload["approver"] = "ciso@acme.example";
        store.Append(draft, fx.Recorder);
        AssertTampered(new LedgerVerifier(fx.Trust).Verify(fx.Repo.Path), 1, TamperKind.UntrustedSigner);
    }

    [Fact]
    public void Verify_EntryTimeGoingBackwardsBeyondTolerance_TimeBackwards()
    {
        var last = _store.Tip!.Time;
        _store.Append(Drafts.Evaluation(1, last.AddMinutes(-2)), _fx.Recorder);
        _store.Append(Drafts.Evaluation(2, last.AddHours(-1)), _fx.Recorder);
        AssertTampered(Verify(), 8, TamperKind.TimeBackwards);
    }

    [Fact]
    public void Verify_RecorderKeyOutsideValidity_UntrustedSigner()
    {
        var expired = new LedgerVerifier(Governance.Ledger.Trust.TrustStore.Parse($"{LedgerFixture.RecorderPrincipal} valid-before=\"20000101Z\" {_fx.Recorder.PublicKey.ToOpenSsh()}"));
        AssertTampered(expired.Verify(_fx.Repo.Path), 1, TamperKind.UntrustedSigner);
    }

    [Fact]
    public void Verify_UnsignedTrustedCheckpoint_CouldNotVerify()
    {
        using var mallory = KeyPair.Generate();
        var note = CheckpointNote.Sign(new Checkpoint("example.com/acme/ledger", 1, new byte[32]), mallory);
        Assert.Equal(2, Assert.IsType<VerificationResult.CouldNotVerify>(Verify(note)).ExitCode);
    }

    [Fact]
    public void Verify_NotARepository_CouldNotVerify()
    {
        using var dir = new TempDirectory();
        Assert.IsType<VerificationResult.CouldNotVerify>(new LedgerVerifier(_fx.Trust).Verify(dir.Path));
    }

    private void AssertAfter(Func<List<ForgedEntry>, List<ForgedEntry>> mutate, KeyPair? signer, long seq, TamperKind kind)
    {
        Rewrite(mutate, signer);
        AssertTampered(Verify(), seq, kind);
    }
}
