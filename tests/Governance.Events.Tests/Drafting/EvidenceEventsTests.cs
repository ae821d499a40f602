using Governance.Core.Evidence;
using Governance.Core.Subjects;
using Governance.Events.Catalogue;
using Governance.Events.Drafting;

namespace Governance.Events.Tests.Drafting;

public sealed class EvidenceEventsTests
{
    private static readonly DateTimeOffset Time = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly Digest Model = Digest.Parse("sha256:" + new string('c', 64));
    private static readonly Digest Pinned = Digest.Parse("sha256:" + new string('1', 64));

    [Fact]
    public void From_PersonMadeItems_RelayedFromFileWithObservedTimeAndCommitSubject()
    {
        var evidence = new EvidenceSet
        {
            Context = DecisionContext.Empty with { Commit = "abc123" },
            Approvals =
            [
                new ApprovalRecord("alice", ["acme/ml"], Model, null, Time, ApprovalState.Approved, Origin("approvals/0")),
                new ApprovalRecord("bob", [], Model, "def456", Time, ApprovalState.Revoked, Origin("approvals/1")),
                new ApprovalRecord("carol", [], Model, null, Time, ApprovalState.Commented, Origin("approvals/2")),
            ],
        };

        var drafted = EvidenceEvents.From(evidence);

        Assert.Equal(2, drafted.Count);
        var granted = Assert.IsType<ApprovalGranted>(drafted[0].Event);
        Assert.Equal(("alice", "file", "2026-03-01T09:30:00Z"), (granted.Approver, granted.RecordedFrom, granted.ObservedAt));
        Assert.Equal(new EventSubject(Digest: Model.Value, Commit: "abc123"), drafted[0].Subject);
        Assert.Equal("evidence.json#/approvals/0", drafted[0].Item);
        var revoked = Assert.IsType<ApprovalRevoked>(drafted[1].Event);
        Assert.Equal(("def456", "file"), (revoked.Commit, revoked.RecordedFrom));
        Assert.Equal("def456", drafted[1].Subject.Commit);
    }

    [Fact]
    public void From_DatasetsBeforeTraining_InputsTypedAsDatasetsAndModels()
    {
        var evidence = new EvidenceSet
        {
            Training = [new TrainingRecord("sft", ["web@" + Pinned.Value, Model.Value, "chat"], Model, Time, Origin("training/0"))],
            Datasets = [new DatasetRecord("web", Pinned, Time, Origin("datasets/0"))],
        };

        var drafted = EvidenceEvents.From(evidence);

        Assert.IsType<DatasetRegistered>(drafted[0].Event);
        var training = Assert.IsType<TrainingCompleted>(drafted[1].Event);
        Assert.Equal(
            [TrainingStageInput.Dataset("web", Pinned.Value), TrainingStageInput.Model(Model.Value), TrainingStageInput.Dataset("chat")],
            training.Inputs);
        Assert.Equal(Model.Value, drafted[1].Subject.Digest);
    }

    [Theory]
    [InlineData("chat", "chat", "dataset", null)]
    [InlineData("chat@sha256:1111111111111111111111111111111111111111111111111111111111111111", "chat", "dataset", "sha256:1111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "model", "sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc")]
    [InlineData("chat@sha256:short", "chat@sha256:short", "dataset", null)]
    public void FromReference_Reference_DatasetOrModelInput(string reference, string id, string kind, string? digest)
    {
        var input = TrainingStageInput.FromReference(reference);

        Assert.Equal((id, kind, digest), (input.Id, input.Kind, input.Digest));
    }

    private static EvidenceOrigin Origin(string pointer) => new(EvidenceSource.File, "evidence.json#/" + pointer);
}
