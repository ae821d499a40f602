using Governance.Imports.LlmAuditTrail;
using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.Tests.LlmAuditTrail;

public sealed class LlmAuditTrailMapperTests
{
    private static List<ImportedEvent> Import(string fixture)
    {
        var events = new List<ImportedEvent>();
        var result = new LlmAuditTrailVerifier(LlmAuditTrailVerifyOptions.Sha256()).VerifyFile(
            TrailFixtures.PathOf(fixture), r => events.Add(LlmAuditTrailMapper.Map(r)));
        Assert.IsType<TrailIntact>(result);
        return events;
    }

    [Fact]
    public void Map_LifecycleTrail_MapsEveryReferenceEventType()
    {
        var types = Import("intact.jsonl").Select(e => $"{e.OriginalType}>{e.Type}");

        Assert.Equal(
        [
            "DatasetRegistered>dataset.registered/v1", "DatasetAttestation>dataset.attested/v1",
            "FineTuneStart>training.started/v1", "EpochEnd>external.event/v1", "Evaluation>evaluation.recorded/v1",
            "Checkpoint>external.event/v1", "FineTuneEnd>training.completed/v1", "Approval>approval.granted/v1",
            "RiskWaiver>waiver.granted/v1", "Attestation>attestation.added/v1", "InferenceRequest>external.event/v1",
            "InferenceResponse>external.event/v1", "Deployment>deployment.completed/v1",
        ], types);
    }

    [Theory]
    [InlineData("ModelPromoted", "deployment.completed/v1")]
    [InlineData("rollback", "deployment.rolled_back/v1")]
    [InlineData("SomethingNew", "external.event/v1")]
    [InlineData(null, "external.event/v1")]
    public void MapEventType_Name_MapsCaseInsensitivelyOrToExternal(string? eventType, string expected) =>
        Assert.Equal(expected, LlmAuditTrailMapper.MapEventType(eventType));

    [Fact]
    public void Map_DatasetRegistered_KeepsSubjectTimeActorAndOrigin()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        var dataset = Import("intact.jsonl")[0];

        Assert.Equal("Zoë Ångström", dataset.Actor);
        Assert.Equal(("bank-faq", (string?)null, (string?)null), (dataset.Dataset, dataset.Model, dataset.Deployment));
        Assert.Equal("sha256:" + string.Concat(Enumerable.Repeat("ab", 32)), dataset.Digest);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1234560), dataset.Time);
        Assert.Equal((0L, 1, "data_engineering"), (dataset.OriginalSeq!.Value, dataset.OriginalLine, dataset.System));
        Assert.Equal(PyJson.Parse(lines[0])["curr_hash"]!.String, dataset.OriginalCurrHash);
        Assert.Equal("00012340-0000-4000-8000-000000000000", dataset.OriginalEventId);
    }

    [Fact]
    public void Map_Details_BecomePayloadWithPythonNumberSpellingAndNonFiniteAsStrings()
    {
        var events = Import("intact.jsonl");

        Assert.Equal("{\"bf16\":true,\"fp16\":false,\"gradient_accumulation_steps\":4,\"learning_rate\":2e-05,\"num_train_epochs\":3," +
            "\"output_dir\":\"/ckpt/run-1\",\"per_device_train_batch_size\":8,\"seed\":42}", events[2].Payload.ToJsonString());
        var evaluation = events[4].Payload;
        Assert.Equal(("NaN", "Infinity", "-Infinity"), (evaluation["eval_perplexity"]!.GetValue<string>(), evaluation["eval_max"]!.GetValue<string>(), evaluation["eval_min"]!.GetValue<string>()));
        Assert.Equal(("3.0", "100000000000000000000", "1e+16"), (evaluation["epoch"]!.ToJsonString(), evaluation["eval_huge"]!.ToJsonString(), evaluation["eval_big"]!.ToJsonString()));
        Assert.Equal(0.874, evaluation["eval_accuracy"]!.GetValue<double>());
    }

    [Fact]
    public void Map_ModelEvents_TakeDigestFromModelDigest()
    {
        var events = Import("intact.jsonl");

        Assert.Equal("sha256:" + string.Concat(Enumerable.Repeat("cd", 32)), events[6].Digest);
        Assert.Equal(("prod-eu", events[6].Digest), (events[12].Deployment, events[12].Digest));
        Assert.Null(events[4].Digest);
    }

    [Fact]
    public void Map_LegacyRecord_ParsesSecondPrecisionTimeWithoutSeq()
    {
        var legacy = Import("legacy.jsonl")[1];

        Assert.Equal((new DateTimeOffset(2025, 6, 2, 8, 0, 1, TimeSpan.Zero), (long?)null), (legacy.Time, legacy.OriginalSeq));
        Assert.Equal("evaluation.recorded/v1", legacy.Type);
    }

    [Fact]
    public void Pointer_IntactTrail_RecordsHeadAndHowItWasVerified()
    {
        var intact = new TrailIntact(13, new TrailHead(12, "abc", "2026-02-13T10:12:24.123468Z"));

        var pointer = LlmAuditTrailMapper.Pointer(intact, LlmAuditHashAlgorithm.HmacSha256, "trails/bank.jsonl", events: 2, anchored: false);

        Assert.Equal("{\"anchored\":false,\"events\":2,\"format\":\"llm-audit-trail\",\"hash_alg\":\"hmac-sha256\"," +
            "\"head\":{\"curr_hash\":\"abc\",\"seq\":12,\"timestamp\":\"2026-02-13T10:12:24.123468Z\"},\"records\":13,\"source\":\"trails/bank.jsonl\",\"verified\":true}",
            LedgerSchemas.Stored(pointer));
    }

    [Fact]
    public void Pointer_PaperEraHead_WritesSeqAndTimestampAsNull()
    {
        var pointer = LlmAuditTrailMapper.Pointer(new TrailIntact(1, new TrailHead(null, "abc", null)), LlmAuditHashAlgorithm.Sha256, "t.jsonl", events: 1, anchored: true);

        Assert.Contains("\"head\":{\"curr_hash\":\"abc\",\"seq\":null,\"timestamp\":null}", LedgerSchemas.Stored(pointer), StringComparison.Ordinal);
    }

    [Fact]
    public void Pointer_EmptyTrail_Throws() =>
        Assert.Throws<ArgumentException>(() => LlmAuditTrailMapper.Pointer(new TrailIntact(0, null), LlmAuditHashAlgorithm.Sha256, "t.jsonl", 0, anchored: false));

    [Fact]
    public void FromFile_IntactTrail_ImportsEveryEventInOrder()
    {
        var import = LlmAuditTrailImport.FromFile(TrailFixtures.PathOf("intact.jsonl"), LlmAuditTrailVerifyOptions.Sha256());

        Assert.True(import.Verification.IsIntact);
        Assert.Equal(Enumerable.Range(0, 13).Select(i => (long?)i), import.Events.Select(e => e.OriginalSeq));
    }

    [Fact]
    public void FromStream_TamperedTrail_ImportsNothing()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        lines[12] = lines[12].Replace("prod-eu", "prod-us", StringComparison.Ordinal);

        var import = LlmAuditTrailImport.FromStream(TrailFixtures.Stream(TrailFixtures.Text(lines)), LlmAuditTrailVerifyOptions.Sha256());

        Assert.Equal(TrailFailureKind.HashMismatch, Assert.IsType<TrailFailed>(import.Verification).Kind);
        Assert.Empty(import.Events);
    }
}
