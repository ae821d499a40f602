using Governance.Core.Evidence;
using Governance.Events.Projection;
using static Governance.Events.Tests.Support.Entries;

namespace Governance.Events.Tests.Projection;

/// <summary>Which ledger entries count as trusted evidence (trust v2): the statement signer decides, never the payload.</summary>
public sealed class EvidenceProjectionTests
{
    [Fact]
    public void Add_ApprovalSignedByTheApprover_CountsWithTeamsFromPrincipals()
    {
        var evidence = Project(Approval(1, Alice, signedBy: Alice));

        var approval = Assert.Single(evidence.Approvals);
        Assert.Equal(Alice, approval.Approver);
        Assert.Equal(["acme/ml-governance"], approval.Teams); // the payload's "forged/team" is a claim
        Assert.Equal(new EvidenceOrigin(EvidenceSource.Ledger, "ledger:1", Alice), approval.Origin);
        Assert.Equal(ApprovalState.Approved, approval.State);
    }

    [Fact]
    public void Add_ApprovalNamingAliceSignedByBob_Ignored()
    {
        Assert.Empty(Project(Approval(1, Alice, signedBy: Bob)).Approvals);
    }

    [Fact]
    public void Add_ApprovalOnlyTheRecorderSigned_Ignored()
    {
        // The recorder writes every commit; that never makes an approval the approver's.
        Assert.Empty(Project(Approval(1, Alice, signedBy: null)).Approvals);
    }

    [Fact]
    public void Add_EnvelopeNotBindingTheEntry_ExcludedWhateverThePayloadSays()
    {
        // A statement copied from another entry (reused envelope) or a pre-v2 envelope: the ledger reports no person.
        var reused = Entry(1, "approval.granted/v1", $$"""{"approver":"{{Alice}}","digest":"{{Model(1)}}"}""", person: null, unbound: true);

        var evidence = Project(out var notes, reused);

        Assert.Empty(evidence.Approvals);
        Assert.Contains(notes, n => n.StartsWith("ledger:1: approval.granted/v1 carries a pre-v2 envelope", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_RevocationSignedByTheApprover_CountsAsRevoked()
    {
        var evidence = Project(Approval(1, Alice, Alice), Approval(2, Alice, Alice, type: "approval.revoked/v1"));

        Assert.Equal([ApprovalState.Approved, ApprovalState.Revoked], evidence.Approvals.Select(a => a.State));
    }

    [Fact]
    public void Add_RelayedByARecorder_CountsWithItsOriginAndUnsigned()
    {
        var evidence = Project(Relayed(1, "alice-gh", "github", Recorder));

        var approval = Assert.Single(evidence.Approvals);
        Assert.Equal(new EvidenceOrigin(EvidenceSource.GitHub, "ledger:1"), approval.Origin);
        Assert.Null(approval.Origin.SignedBy);
    }

    [Fact]
    public void Add_RelayedByAKeyThatIsNoRecorder_IgnoredWithNote()
    {
        var evidence = Project(out var notes, Relayed(1, Alice, "file", recorder: Bob), Relayed(2, Alice, "file", recorder: null));

        Assert.Empty(evidence.Approvals);
        Assert.Equal(
            [
                $"ledger:1: approval.granted/v1 for {Alice} recorded from file by {Bob}, who is not a recorder in principals.yaml; ignored",
                $"ledger:2: approval.granted/v1 for {Alice} recorded from file by an unknown key, who is not a recorder in principals.yaml; ignored",
            ],
            notes);
    }

    [Fact]
    public void Add_WaiverSignedByGrantor_CountsAndUnsignedOneDoesNot()
    {
        const string Waiver = """{"approver":"alice@acme.example","rules":["eval-gate"],"digest":"DIGEST","reason":"hotfix","granted":"2026-11-20T00:00:00Z","expires":"2026-11-30T00:00:00Z"}""";
        var payload = Waiver.Replace("DIGEST", Model(1), StringComparison.Ordinal);

        var evidence = Project(Entry(1, "waiver.granted/v1", payload, person: Alice), Entry(2, "waiver.granted/v1", payload, person: null));

        var waiver = Assert.Single(evidence.Waivers);
        Assert.Equal(("ledger:1", Alice, "hotfix"), (waiver.Origin.Reference, waiver.Origin.SignedBy, waiver.Reason));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), waiver.Expires);
    }

    [Fact]
    public void Add_AttestationClaimingASigner_SignedOnlyByTheVerifiedStatementSigner()
    {
        var payload = $$"""{"predicateType":"https://slsa.dev/provenance/v1","signer":"{{Alice}}","digest":"{{Model(1)}}"}""";

        var evidence = Project(Entry(1, "attestation.added/v1", payload, person: null), Entry(2, "attestation.added/v1", payload, person: Bob));

        Assert.Equal([null, Bob], evidence.Attestations.Select(a => a.Origin.SignedBy));
    }

    [Fact]
    public void Add_FlagThenUnflag_FlagClearedAtUnflagTime()
    {
        var unflag = Entry(3, "dataset.unflagged/v1", """{"dataset":"web-crawl","reason":"cleaned"}""");

        var evidence = Project(Flag(1, "web-crawl", signedBy: Alice), Flag(2, "other"), unflag);

        Assert.Equal(unflag.Time, evidence.Flags.Single(f => f.Dataset == "web-crawl").Cleared);
        Assert.Equal(Alice, evidence.Flags.Single(f => f.Dataset == "web-crawl").Origin.SignedBy);
        Assert.Null(evidence.Flags.Single(f => f.Dataset == "other").Cleared);
        Assert.Equal(Recorder, evidence.Flags.Single(f => f.Dataset == "other").Origin.SignedBy);
    }

    [Fact]
    public void Add_ObservedAt_UsedAsEvidenceTime()
    {
        var evidence = Project(Entry(1, "evaluation.recorded/v1", $$"""{"metric":"acc","value":0.9,"digest":"{{Model(1)}}","observedAt":"2026-01-02T03:04:05Z"}"""));

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), Assert.Single(evidence.Evaluations).Time);
    }

    [Fact]
    public void AddLinked_LineageEntry_CountsAsVouchedByTheLinkSigner_OtherTypesIgnored()
    {
        var projection = new EvidenceProjection(Principals);
        var training = Entry(7, "training.completed/v1", $$"""{"stage":"base","inputs":[{"id":"web-crawl"}],"output":"{{Model(5)}}"}""", person: Bob, recorder: "vendor-ci");

        projection.AddLinked(training, "linked:vendor#7", Recorder);
        projection.AddLinked(Approval(8, Alice, Alice), "linked:vendor#8", Recorder);
        var evidence = projection.Build();

        Assert.Equal(new EvidenceOrigin(EvidenceSource.Ledger, "linked:vendor#7", Recorder), Assert.Single(evidence.Training).Origin);
        Assert.Empty(evidence.Approvals);
    }

    [Fact]
    public void Add_PayloadThatDoesNotFitItsType_FailsClosedNamingTheEntry()
    {
        // Verified entries always fit (the schema is the record's); a misfit means the entry was never verified
        // against its schema, and leaving it out could drop a flag or a retraction: the projection refuses.
        var misfit = Entry(4, "dataset.flagged/v1", """{"dataset":"web-crawl"}""");

        var error = Assert.Throws<InvalidDataException>(() => Project(misfit));

        Assert.StartsWith("ledger:4: the dataset.flagged/v1 payload does not fit its type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_UnknownEventType_IgnoredNotFailed()
    {
        var evidence = Project(Entry(1, "vendor.custom/v3", """{"anything":1}"""), Evaluation(2, "toxicity", 0.01));

        Assert.Single(evidence.Evaluations);
    }
}
