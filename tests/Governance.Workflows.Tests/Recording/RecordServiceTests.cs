using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Tests.Recording;

public sealed class RecordServiceTests
{
    [Fact]
    public async Task RecordAsync_DatasetByRecorder_AppendsOneEntryThatVerifies()
    {
        using var repo = new RecordingRepo();

        var appended = await new RecordService(repo.Context()).RecordAsync(
            repo.Ledger, new SignerKeys(repo.Key("recorder")), EntryTypes.DatasetRegistered, new EntrySubject(Dataset: "ds-med"), new JsonObject { ["id"] = "ds-med" }, CancellationToken.None);

        var entry = Assert.Single(appended).Entry;
        Assert.Equal(EntryTypes.DatasetRegistered, entry.Type);
        Assert.Equal("ds-med", (string?)entry.Payload["id"]);
        var verified = repo.Verified();
        Assert.Equal(1, verified.Size);
        Assert.Equal("ds-med", Assert.Single(verified.Evidence.Datasets).Id);
    }

    [Fact]
    public async Task RecordAsync_PersonKeyWritesACommit_RefusedWithTheLineToFixAndNoLedger()
    {
        using var repo = new RecordingRepo();

        // alice's key may sign statements, not ledger commits: writing with it would leave an entry verify rejects.
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new RecordService(repo.Context()).RecordAsync(
            repo.Ledger, new SignerKeys(repo.Key("alice")), EntryTypes.DatasetRegistered, new EntrySubject(Dataset: "ds-med"), new JsonObject { ["id"] = "ds-med" }, CancellationToken.None));

        Assert.Contains("alice@acme is not a recorder", refused.Message, StringComparison.Ordinal);
        Assert.Contains("recorder: true", refused.Message, StringComparison.Ordinal);
        Assert.Null(repo.Tip());
    }

    [Fact]
    public async Task RecordAsync_TrainingOnUnregisteredDataset_RefusedAndLedgerUnchanged()
    {
        using var repo = new RecordingRepo();
        var service = new RecordService(repo.Context());
        await service.RecordAsync(repo.Ledger, new SignerKeys(repo.Key("recorder")), EntryTypes.DatasetRegistered, new EntrySubject(Dataset: "ds-a"), new JsonObject { ["id"] = "ds-a" }, CancellationToken.None);
        var tip = repo.Tip();
        var payload = new JsonObject
        {
            ["stage"] = "sft",
            ["output"] = "sha256:" + new string('b', 64),
            ["inputs"] = new JsonArray(new JsonObject { ["id"] = "ds-typo", ["kind"] = "dataset" }),
        };

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new RecordService(repo.Context()).RecordAsync(
            repo.Ledger, new SignerKeys(repo.Key("recorder")), EntryTypes.TrainingCompleted, new EntrySubject(Digest: "sha256:" + new string('b', 64)), payload, CancellationToken.None));

        Assert.Contains("dataset ds-typo is not registered", refused.Message, StringComparison.Ordinal);
        Assert.Equal(tip, repo.Tip());
    }

    [Fact]
    public async Task RetractAsync_PersonRetractsAnEntryTheyDidNotSign_RefusedAndLedgerUnchanged()
    {
        using var repo = new RecordingRepo();
        var seq = (await new ApprovalService(repo.Context()).ApproveAsync(
            repo.Ledger, new SignerKeys(repo.Key("alice"), RecorderKey: repo.Key("recorder")), new ApprovalRequest("fraud", Governance.Testing.Builders.Some.Digest(1)), CancellationToken.None))[0].Entry.Seq;
        var tip = repo.Tip();

        // bob holds a trusted person key and the recorder key is at hand: still only alice (or a recorder) may retract alice's approval.
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new RecordService(repo.Context()).RetractAsync(
            repo.Ledger, new SignerKeys(repo.Key("bob"), RecorderKey: repo.Key("recorder")), seq, "mistake", CancellationToken.None));

        Assert.Equal($"--key: bob@acme did not sign entry {seq}; only its signer or a recorder may retract it", refused.Message);
        Assert.Equal(tip, repo.Tip());
    }

    [Fact]
    public async Task RetractAsync_ByTheSigner_EntryStopsCountingButStaysInTheTrail()
    {
        using var repo = new RecordingRepo();
        var alice = new SignerKeys(repo.Key("alice"), RecorderKey: repo.Key("recorder"));
        var seq = (await new ApprovalService(repo.Context()).ApproveAsync(repo.Ledger, alice, new ApprovalRequest("fraud", Governance.Testing.Builders.Some.Digest(1)), CancellationToken.None))[0].Entry.Seq;

        var appended = await new RecordService(repo.Context()).RetractAsync(repo.Ledger, alice, seq, "approved the wrong digest", CancellationToken.None);

        Assert.Equal(EntryTypes.RecordRetracted, Assert.Single(appended).Entry.Type);
        var verified = repo.Verified();
        Assert.Equal(2, verified.Size);
        Assert.Empty(verified.Evidence.Approvals);
    }
}
