using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;
using Governance.Ledger.Verification;
using Governance.Ledger.Verification.Subject;
using Governance.Testing.Git;

namespace Governance.Ledger.Tests.Verification;

public sealed class SubjectVerifierTests : IDisposable
{
    private readonly LedgerFixture _fx = new();
    private readonly LedgerStore _store;

    public SubjectVerifierTests() => _store = _fx.OpenStore();

    [Fact]
    public void Read_IndexedLedger_ReturnsExactlyTheSubjectItsLineageAndFlags()
    {
        _store.Append([.. Enumerable.Range(0, 120).Select(i => Evaluation(i % 6, i))], _fx.Recorder);
        _store.Append([Registered("ds:web"), Training(1, "ds:web"), Flag("ds:web"), Flag("ds:other"), .. Enumerable.Range(0, 30).Select(i => Evaluation(2 + (i % 3), i))], _fx.Recorder);
        _store.Append(Evaluation(1, 999), _fx.Recorder);

        var read = new SubjectVerifier(_fx.Trust).Read(_fx.Repo.Path, SubjectKeys.Seeds("model-1", Digest(1), null))!;

        Assert.Equal(155, Assert.IsType<VerificationResult.Intact>(read.Result).Size);
        var expected = _store.ReadAll().Where(e => About(e.Entry, Digest(1)) || e.Entry.Json.ToJsonString().Contains("\"ds:web\"", StringComparison.Ordinal)).Select(e => e.Entry.Seq);
        Assert.Equal(expected, read.Entries.Select(e => e.Entry.Seq));
        Assert.Equal(24, read.Entries.Count);
    }

    [Fact]
    public void Read_LedgerWrittenWithoutIndex_FallsBackUntilTheNextAppendMigratesIt()
    {
        using (var legacy = new LedgerStore(_fx.Repo.Path, new LedgerOptions(Origin: "example.com/acme/ledger", WriteIndex: false)))
        {
            legacy.Append([.. Enumerable.Range(0, 20).Select(i => Evaluation(i % 2, i))], _fx.Recorder);
        }

        Assert.Null(Read(null));
        _store.Append(Evaluation(0, 100), _fx.Recorder);

        Assert.Equal(11, Read(null)!.Entries.Count);
        Assert.Equal(21, Assert.IsType<VerificationResult.Intact>(new LedgerVerifier(_fx.Trust).Verify(_fx.Repo.Path)).Size);
    }

    [Fact]
    public void Read_RefMovedBehindTrustedCheckpoint_RolledBackAsVerify()
    {
        _store.Append([Evaluation(1, 0), Evaluation(1, 1)], _fx.Recorder);
        var earlier = _store.Tip!.CommitId;
        _store.Append([Evaluation(1, 2), Evaluation(1, 3)], _fx.Recorder);
        var trusted = _store.Tip!.CheckpointNote;
        ProcessRunner.Run("git", ["update-ref", LedgerLayout.Ref, earlier], _fx.Repo.Path).EnsureSuccess("update-ref");

        AssertSameTamper(trusted, TamperKind.RolledBack);
    }

    [Fact]
    public void Read_AppendedSinceTrustedCheckpoint_ReplaysTheNewEntriesAndIsIntact()
    {
        _store.Append([.. Enumerable.Range(0, 30).Select(i => Evaluation(i % 3, i))], _fx.Recorder);
        var trusted = _store.Tip!.CheckpointNote;
        _store.Append([Evaluation(1, 40), Evaluation(2, 41)], _fx.Recorder);
        _store.Append(Evaluation(1, 42), _fx.Recorder);

        var read = Read(trusted)!;

        Assert.Equal(33, Assert.IsType<VerificationResult.Intact>(read.Result).Size);
        Assert.Equal(10, read.Entries.Count);
    }

    [Fact]
    public void Read_HistoryRewrittenByTheRecorderSinceTrustedCheckpoint_CheckpointInconsistentAsVerify()
    {
        _store.Append([Evaluation(1, 0), Evaluation(1, 1)], _fx.Recorder);
        var earlier = _store.Tip!.CommitId;
        _store.Append([Evaluation(1, 2), Evaluation(1, 3)], _fx.Recorder);
        var trusted = _store.Tip!.CheckpointNote;
        ProcessRunner.Run("git", ["update-ref", LedgerLayout.Ref, earlier], _fx.Repo.Path).EnsureSuccess("update-ref");
        _store.Append([Evaluation(2, 2), Evaluation(2, 3)], _fx.Recorder);
        _store.Append(Evaluation(1, 4), _fx.Recorder);

        AssertSameTamper(trusted, TamperKind.CheckpointInconsistent);
    }

    [Fact]
    public void Read_SameSizeButDifferentRootThanTrusted_CheckpointInconsistentAsVerify()
    {
        _store.Append([Evaluation(1, 0), Evaluation(1, 1)], _fx.Recorder);
        var earlier = _store.Tip!.CommitId;
        _store.Append(Evaluation(1, 2), _fx.Recorder);
        var trusted = _store.Tip!.CheckpointNote;
        ProcessRunner.Run("git", ["update-ref", LedgerLayout.Ref, earlier], _fx.Repo.Path).EnsureSuccess("update-ref");
        _store.Append(Evaluation(2, 2), _fx.Recorder);

        AssertSameTamper(trusted, TamperKind.CheckpointInconsistent);
    }

    public void Dispose()
    {
        _store.Dispose();
        _fx.Dispose();
    }

    private SubjectRead? Read(string? trusted) =>
        new SubjectVerifier(_fx.Trust, new LedgerVerifierOptions(TrustedCheckpointNote: trusted)).Read(_fx.Repo.Path, SubjectKeys.Seeds("model-0", Digest(0), null));

    private void AssertSameTamper(string trusted, TamperKind kind)
    {
        var full = Assert.IsType<VerificationResult.Tampered>(new LedgerVerifier(_fx.Trust, new LedgerVerifierOptions(TrustedCheckpointNote: trusted)).Verify(_fx.Repo.Path));
        var fast = Assert.IsType<VerificationResult.Tampered>(Read(trusted)!.Result);
        Assert.Equal(kind, full.Kind);
        Assert.Equal(kind, fast.Kind);
    }

    private static bool About(LedgerEntry entry, string digest) => entry.Payload["digest"]?.GetValue<string>() == digest || entry.Payload["output"]?.GetValue<string>() == digest;

    private static string Digest(int model) => "sha256:" + model.ToString("x64", CultureInfo.InvariantCulture);

    private static EntryDraft Evaluation(int model, int i) => new(
        EntryTypes.EvaluationRecorded, new EntryActor("ci", "run-" + i), new EntrySubject("model-" + model, Digest(model)),
        new JsonObject { ["metric"] = "accuracy", ["value"] = 0.5, ["digest"] = Digest(model) });

    private static EntryDraft Registered(string id) =>
        new(EntryTypes.DatasetRegistered, new EntryActor("ci"), new EntrySubject(Dataset: id), new JsonObject { ["id"] = id });

    private static EntryDraft Training(int model, string dataset) => new(
        EntryTypes.TrainingCompleted, new EntryActor("ci"), new EntrySubject("model-" + model, Digest(model)),
        new JsonObject { ["stage"] = "sft", ["inputs"] = new JsonArray(new JsonObject { ["id"] = dataset, ["kind"] = "dataset" }), ["output"] = Digest(model) });

    private static EntryDraft Flag(string dataset) =>
        new(EntryTypes.DatasetFlagged, new EntryActor("ci"), new EntrySubject(Dataset: dataset), new JsonObject { ["dataset"] = dataset, ["reason"] = "pii" });
}
