using System.Text.Json.Nodes;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;
using Governance.Events.Trust;
using Governance.Ledger.Entries;
using Governance.Ledger.Evidence;
using Governance.Ledger.Index;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Tests.Support;
using Governance.Ledger.Tests.Verification;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;

namespace Governance.Ledger.Tests.Evidence;

/// <summary>The ledger as an evidence source, on a real repository: verified first, signed-only, fail closed.</summary>
public sealed class LedgerEvidenceSourceTests
{
    private static readonly PrincipalDirectory Principals = new(
    [
        new Principal(LedgerFixture.RecorderPrincipal, [], true),
        new Principal(LedgerFixture.ApproverPrincipal, ["acme/ml-governance"], false),
    ]);

    [Fact]
    public void ReadAll_BoundApprovalAndEvaluation_SignedByApproverAndRecorder()
    {
        using var fx = new LedgerFixture();
        using (var store = fx.OpenStore())
        {
            store.Append(TrustV2AttackTests.BoundApproval(fx.Approver, DateTimeOffset.UtcNow), fx.Recorder);
            store.Append(Drafts.Evaluation(1), fx.Recorder);
        }

        var reading = Source(fx).ReadAll();

        Assert.Equal(2, reading.Size);
        Assert.Matches("^[0-9a-f]{64}$", reading.Root);
        var approval = Assert.Single(reading.Evidence.Approvals);
        Assert.Equal((LedgerFixture.ApproverPrincipal, "ledger:1"), (approval.Origin.SignedBy, approval.Origin.Reference));
        Assert.Equal(["acme/ml-governance"], approval.Teams);
        Assert.Equal(LedgerFixture.RecorderPrincipal, Assert.Single(reading.Evidence.Evaluations).Origin.SignedBy);
    }

    [Fact]
    public void ReadAll_PreV2UnboundEnvelope_NotAnyonesApprovalAndNoted()
    {
        using var fx = new LedgerFixture();
        using (var store = fx.OpenStore())
        {
            store.Append(Drafts.Approval(fx.Approver, LedgerFixture.ApproverPrincipal), fx.Recorder);
        }

        var reading = Source(fx).ReadAll();

        Assert.Empty(reading.Evidence.Approvals);
        Assert.Contains(reading.Notes, n => n.StartsWith("ledger:1: approval.granted/v1 carries a pre-v2 envelope", StringComparison.Ordinal));
    }

    [Fact]
    public void StatementSigner_EnvelopeOfAnotherEntry_Null()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        store.Append(TrustV2AttackTests.BoundApproval(fx.Approver, DateTimeOffset.UtcNow), fx.Recorder);
        store.Append(BoundApproval(fx.Approver, "sha256:" + new string('d', 64)), fx.Recorder);
        var entries = store.ReadAll().ToList();

        var replayed = entries[1] with { Envelope = entries[0].Envelope };

        Assert.Equal(LedgerFixture.ApproverPrincipal, EntrySigners.StatementSigner(entries[1], fx.Trust));
        Assert.Null(EntrySigners.StatementSigner(replayed, fx.Trust));
        Assert.Null(EntrySigners.Project(replayed, fx.Trust).Signers.Person);
    }

    [Fact]
    public async Task CollectAsync_Subject_ReadsThroughTheIndexWhatTheWholeLedgerGives()
    {
        using var fx = new LedgerFixture();
        const string Other = "sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
        using (var store = fx.OpenStore())
        {
            store.Append(TrustV2AttackTests.BoundApproval(fx.Approver, DateTimeOffset.UtcNow), fx.Recorder);
            store.Append(Drafts.Evaluation(1), fx.Recorder);
            store.Append(OtherModel(Other), fx.Recorder);
        }

        var subject = new Subject("support-bot", Digest.Parse(Drafts.ModelDigest), "production");
        var batch = await Source(fx).CollectAsync(new EvidenceRequest(subject, Array.Empty<Policy>()), CancellationToken.None);

        Assert.Equal(EvidenceSource.Ledger, batch.Origin);
        var reading = Assert.IsType<LedgerReading>(batch.State);
        Assert.Equal(3, reading.Size);
        Assert.Single(batch.Evidence.Approvals);
        Assert.Equal(["ledger:2"], batch.Evidence.Evaluations.Select(e => e.Origin.Reference));
        Assert.Equal(2, Source(fx).ReadAll().Evidence.Evaluations.Count);
    }

    [Fact]
    public void ReadFor_CommitByAKeyThatIsNoRecorder_ThrowsAndReturnsNoEvidence()
    {
        using var fx = new LedgerFixture();
        using var mallory = KeyPair.Generate();
        var trust = TrustStore.Parse(File.ReadAllText(fx.AllowedSignersPath) + $"mallory@acme.example namespaces=\"git\" {mallory.PublicKey.ToOpenSsh()}\n")
            .WithRecorders([LedgerFixture.RecorderPrincipal]);
        using (var store = fx.OpenStore())
        {
            store.Append(Drafts.Evaluation(1), fx.Recorder);
            store.Append(Drafts.Evaluation(2), mallory);
        }

        var source = new LedgerEvidenceSource(fx.Repo.Path, trust, Principals, new LedgerVerifierOptions()) { OpenStore = () => fx.OpenStore() };

        var thrown = Assert.Throws<LedgerUnverifiedException>(() => source.ReadFor(SubjectKeys.Seeds("support-bot", Drafts.ModelDigest, null)));
        var tampered = Assert.IsType<VerificationResult.Tampered>(thrown.Result);
        Assert.Equal((2L, TamperKind.UntrustedSigner), (tampered.Seq, tampered.Kind));
        Assert.Throws<LedgerUnverifiedException>(() => source.ReadAll());
    }

    [Fact]
    public void ReadFor_IndexTipSignerNotARecorderOfPrincipals_VerifiesAndReadsTheWholeLedgerInstead()
    {
        using var fx = new LedgerFixture();
        using (var store = fx.OpenStore())
        {
            store.Append(Drafts.Evaluation(1), fx.Recorder);
            store.Append(OtherModel("sha256:" + new string('c', 64)), fx.Recorder);
        }

        var seeds = SubjectKeys.Seeds("support-bot", Drafts.ModelDigest, null);
        var untrustedIndex = new LedgerEvidenceSource(fx.Repo.Path, fx.Trust, PrincipalDirectory.Empty, new LedgerVerifierOptions()) { OpenStore = () => fx.OpenStore() };

        // principals.yaml names no recorder: the signed index is not trusted, so every entry is verified and read.
        Assert.Equal(2, untrustedIndex.ReadFor(seeds).Evidence.Evaluations.Count);
        Assert.Single(Source(fx).ReadFor(seeds).Evidence.Evaluations);
    }

    // An approval of another digest, bound by its own statement.
    private static EntryDraft BoundApproval(KeyPair approver, string digest)
    {
        var subject = new EntrySubject(Model: "support-bot", Digest: digest);
        var payload = new JsonObject { ["approver"] = LedgerFixture.ApproverPrincipal, ["digest"] = digest, ["model"] = "support-bot" };
        var statement = BoundStatement.Create(EntryTypes.ApprovalGranted, subject.ToJson(), payload, DateTimeOffset.UtcNow, Guid.NewGuid().ToString("N"));
        return new EntryDraft(EntryTypes.ApprovalGranted, new EntryActor(LedgerFixture.RecorderPrincipal), subject, payload, Dsse.Sign(Dsse.InTotoPayloadType, statement, approver));
    }

    private static EntryDraft OtherModel(string digest) => new(
        EntryTypes.EvaluationRecorded,
        new EntryActor("ci"),
        new EntrySubject(Model: "other-bot", Digest: digest),
        new JsonObject { ["metric"] = "accuracy", ["value"] = 0.5, ["digest"] = digest });

    private static LedgerEvidenceSource Source(LedgerFixture fx) =>
        new(fx.Repo.Path, fx.Trust, Principals, new LedgerVerifierOptions()) { OpenStore = () => fx.OpenStore() };
}
