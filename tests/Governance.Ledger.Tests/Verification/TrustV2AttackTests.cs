using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;
using Governance.Testing.Git;
using Governance.Testing.Time;

namespace Governance.Ledger.Tests.Verification;

/// <summary>Trust v2 at the library level, written as the attacker: a key that is not a recorder, replayed and re-purposed statements, clocks.</summary>
public sealed class TrustV2AttackTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Verify_CommitByGitNamespaceKeyWithoutRecorderRole_UntrustedSigner()
    {
        using var fx = new LedgerFixture();
        using var mallory = KeyPair.Generate();
        var trust = TrustStore.Parse(File.ReadAllText(fx.AllowedSignersPath) + $"mallory@acme.example namespaces=\"git\" {mallory.PublicKey.ToOpenSsh()}\n")
            .WithRecorders([LedgerFixture.RecorderPrincipal]);
        using (var store = fx.OpenStore(new FixedClock(Now)))
        {
            store.Append(Drafts.Evaluation(1), fx.Recorder);
            store.Append(Drafts.Evaluation(2), mallory);
        }

        var result = Assert.IsType<VerificationResult.Tampered>(Verifier(trust).Verify(fx.Repo.Path));

        Assert.Equal(TamperKind.UntrustedSigner, result.Kind);
        Assert.Equal(2, result.Seq);
        Assert.Contains("mallory@acme.example", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntryDatedBeyondSkewAheadOfClock_FutureTime()
    {
        using var fx = new LedgerFixture();
        using (var store = fx.OpenStore(new FixedClock(Now)))
        {
            store.Append(Drafts.Evaluation(1), fx.Recorder);
            store.Append(Drafts.Evaluation(2, new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero)), fx.Recorder);
        }

        var result = Assert.IsType<VerificationResult.Tampered>(Verifier(fx.Trust).Verify(fx.Repo.Path));

        Assert.Equal(TamperKind.FutureTime, result.Kind);
        Assert.Equal(2, result.Seq);
        Assert.IsType<VerificationResult.Intact>(new LedgerVerifier(fx.Trust, new LedgerVerifierOptions { Clock = new FixedClock(new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero)) }).Verify(fx.Repo.Path));
    }

    [Fact]
    public void Append_AfterFutureDatedTip_RefusedAndRefUnchanged()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore(new FixedClock(Now));
        store.Append(Drafts.Evaluation(1, new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero)), fx.Recorder);
        var tip = store.Tip!.CommitId;

        var refused = Assert.Throws<AppendRejectedException>(() => store.Append([Drafts.Evaluation(2)], fx.Recorder, Preflight(fx.Trust)));

        Assert.Equal(TamperKind.FutureTime, refused.Kind);
        Assert.Equal(tip, store.Tip!.CommitId);
    }

    [Fact]
    public void Verify_ObservedAtLaterThanEntryTime_FutureTime()
    {
        using var fx = new LedgerFixture();
        using (var store = fx.OpenStore(new FixedClock(Now)))
        {
            var draft = Drafts.Evaluation(1);
            draft.Payload["observedAt"] = "2026-11-22T10:00:00Z";
            store.Append(draft, fx.Recorder);
        }

        var result = Assert.IsType<VerificationResult.Tampered>(Verifier(fx.Trust).Verify(fx.Repo.Path));

        Assert.Equal(TamperKind.FutureTime, result.Kind);
        Assert.Contains("observed at", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_BoundStatementAppendedTwice_EnvelopeReused()
    {
        using var fx = new LedgerFixture();
        var approval = BoundApproval(fx.Approver, Now);
        using (var store = fx.OpenStore(new FixedClock(Now)))
        {
            store.Append(approval, fx.Recorder);
            Assert.IsType<VerificationResult.Intact>(Verifier(fx.Trust).Verify(fx.Repo.Path));
            store.Append(approval with { Time = null }, fx.Recorder);
        }

        var result = Assert.IsType<VerificationResult.Tampered>(Verifier(fx.Trust).Verify(fx.Repo.Path));

        Assert.Equal(TamperKind.EnvelopeReused, result.Kind);
        Assert.Equal(2, result.Seq);
    }

    [Fact]
    public void Verify_ApprovalStatementCarriedByWaiver_EnvelopeMismatch()
    {
        using var fx = new LedgerFixture();
        var approval = BoundApproval(fx.Approver, Now);
        var waiver = new EntryDraft(EntryTypes.WaiverGranted, new EntryActor(LedgerFixture.RecorderPrincipal), approval.Subject, new JsonObject
        {
            ["rules"] = new JsonArray("two-governance-approvals"),
            ["digest"] = Drafts.ModelDigest,
            ["approver"] = LedgerFixture.ApproverPrincipal,
            ["reason"] = "x",
            ["granted"] = "2026-11-22T09:00:00Z",
            ["expires"] = "2026-12-02T09:00:00Z",
        }, approval.Envelope);
        using (var store = fx.OpenStore(new FixedClock(Now)))
        {
            store.Append(waiver, fx.Recorder);
        }

        var result = Assert.IsType<VerificationResult.Tampered>(Verifier(fx.Trust).Verify(fx.Repo.Path));

        Assert.Equal(TamperKind.EnvelopeMismatch, result.Kind);
        Assert.Contains("predicateType", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DigestBoundStatementReusedForDigestlessCommitApproval_EnvelopeMismatch()
    {
        using var fx = new LedgerFixture();
        var approval = BoundApproval(fx.Approver, Now);
        var forCommit = approval with
        {
            Subject = new EntrySubject(Model: "support-bot", Commit: "9f1c2ab7d4e5f60718293a4b5c6d7e8f90a1b2c3"),
            Payload = new JsonObject { ["approver"] = LedgerFixture.ApproverPrincipal, ["commit"] = "9f1c2ab7d4e5f60718293a4b5c6d7e8f90a1b2c3" },
        };
        using (var store = fx.OpenStore(new FixedClock(Now)))
        {
            store.Append(forCommit, fx.Recorder);
        }

        var result = Assert.IsType<VerificationResult.Tampered>(Verifier(fx.Trust).Verify(fx.Repo.Path));

        Assert.Equal(TamperKind.EnvelopeMismatch, result.Kind);
    }

    [Fact]
    public void Verify_StatementSignedLongBeforeItsEntry_EnvelopeMismatch()
    {
        using var fx = new LedgerFixture();
        using (var store = fx.OpenStore(new FixedClock(Now)))
        {
            store.Append(BoundApproval(fx.Approver, Now.AddHours(-1)), fx.Recorder);
        }

        var result = Assert.IsType<VerificationResult.Tampered>(Verifier(fx.Trust).Verify(fx.Repo.Path));

        Assert.Equal(TamperKind.EnvelopeMismatch, result.Kind);
        Assert.Contains("more than 5 minutes before its entry", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_StatementSignedAfterTheKeyExpired_UntrustedSigner()
    {
        using var fx = new LedgerFixture();
        var expiring = TrustStore.Parse($"""
            {LedgerFixture.RecorderPrincipal} namespaces="git" {fx.Recorder.PublicKey.ToOpenSsh()}
            {LedgerFixture.ApproverPrincipal} namespaces="{TrustStore.AttestationNamespace}",valid-before="20261122085900Z" {fx.Approver.PublicKey.ToOpenSsh()}

            """).WithRecorders([LedgerFixture.RecorderPrincipal]);
        using (var store = fx.OpenStore(new FixedClock(Now)))
        {
            store.Append(BoundApproval(fx.Approver, Now), fx.Recorder);
        }

        var result = Assert.IsType<VerificationResult.Tampered>(Verifier(expiring).Verify(fx.Repo.Path));

        Assert.Equal(TamperKind.UntrustedSigner, result.Kind);
    }

    [Fact]
    public void Verify_EntryJsonWithUtf8Bom_NotCanonical()
    {
        Assert.False(Governance.Ledger.Canonical.CanonicalForm.IsCanonical(Encoding.UTF8.GetPreamble().Concat("{\"a\":1}"u8.ToArray()).ToArray(), requireObject: true));
        using var fx = new LedgerFixture();
        using (var store = fx.OpenStore(new FixedClock(Now)))
        {
            store.Append(Drafts.Evaluation(1), fx.Recorder);
            var entries = Forger.Rechain(Forger.Read(store), fx.Recorder);
            entries[0] = entries[0] with { Entry = [.. Encoding.UTF8.GetPreamble(), .. entries[0].Entry] };
            Forger.Write(store, entries, fx.Recorder);
        }

        var result = Assert.IsType<VerificationResult.Tampered>(Verifier(fx.Trust).Verify(fx.Repo.Path));

        Assert.Equal(TamperKind.Edited, result.Kind);
    }

    [Fact]
    public void Push_RebasesEntryRecordedLongBefore_RestampsKeepsObservedAtAndVerifies()
    {
        using var fx = new LedgerFixture();
        using var remote = TempGitRepository.CreateBare();
        using var cloneA = TempGitRepository.Clone(remote);
        using var cloneB = TempGitRepository.Clone(remote);
        var clock = new FixedClock(Now);
        using var a = new LedgerStore(cloneA.Path, null, clock);
        using var b = new LedgerStore(cloneB.Path, null, clock);
        b.Append([BoundApproval(fx.Approver, Now)], fx.Recorder);
        clock.Now = Now.AddHours(2);
        a.Append(Drafts.Evaluation(1), fx.Recorder);
        new LedgerSync(a).Push(fx.Recorder);

        var pushed = new LedgerSync(b).Push(fx.Recorder);

        Assert.Equal(1, pushed.Rebased);
        var rebased = b.ReadAll().Last().Entry;
        Assert.Equal(EntryTypes.ApprovalGranted, rebased.Type);
        Assert.Equal(Now.AddHours(2), rebased.Time);
        Assert.Equal("2026-11-22T09:00:00.000Z", (string?)rebased.Payload["observedAt"]);
        Assert.IsType<VerificationResult.Intact>(new LedgerVerifier(fx.Trust, new LedgerVerifierOptions { Clock = clock }).Verify(remote.Path));
    }

    internal static EntryDraft BoundApproval(KeyPair approver, DateTimeOffset signedAt)
    {
        var subject = new EntrySubject(Model: "support-bot", Digest: Drafts.ModelDigest);
        var payload = new JsonObject { ["approver"] = LedgerFixture.ApproverPrincipal, ["digest"] = Drafts.ModelDigest, ["model"] = "support-bot" };
        var statement = BoundStatement.Create(EntryTypes.ApprovalGranted, subject.ToJson(), payload, signedAt, Guid.NewGuid().ToString("N"));
        return new EntryDraft(EntryTypes.ApprovalGranted, new EntryActor(LedgerFixture.RecorderPrincipal), subject, payload, Dsse.Sign(Dsse.InTotoPayloadType, statement, approver));
    }

    private static LedgerVerifier Verifier(TrustStore trust) => new(trust, new LedgerVerifierOptions { Clock = new FixedClock(Now.AddMinutes(1)) });

    private static AppendPreflight Preflight(TrustStore trust) => new(trust, new LedgerVerifierOptions { Clock = new FixedClock(Now) });
}
