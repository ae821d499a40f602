using System.Text.Json.Nodes;
using Governance.Events.Catalogue;
using Governance.Imports.LlmAuditTrail;
using Governance.Testing.Snapshots;

namespace Governance.Imports.Tests.LlmAuditTrail;

public sealed class TrailEntryMapperTests
{
    private static readonly TrailEntryMapper Mapper = new(LedgerSchemas.Instance);

    private static ImportedEvent Event(
        string originalType, JsonObject details, string? model = "bot", string? digest = Digests.Model, string? dataset = null, string? deployment = null, string? eventId = null) => new()
    {
        Type = LlmAuditTrailMapper.MapEventType(originalType),
        Payload = details,
        Model = model,
        Digest = digest,
        Dataset = dataset,
        Deployment = deployment,
        OriginalEventId = eventId,
        OriginalType = originalType,
        OriginalCurrHash = new string('e', 64),
        OriginalSeq = 7,
        OriginalLine = 8,
    };

    [Theory]
    [InlineData("intact.jsonl")]
    [InlineData("legacy-then-current.jsonl")]
    public void Map_FixtureTrail_StoredPayloadsMatchSnapshot(string fixture)
    {
        var import = LlmAuditTrailImport.FromFile(TrailFixtures.PathOf(fixture), LlmAuditTrailVerifyOptions.Sha256());

        Snapshot.Verify(string.Join('\n', import.Events.Select(e => LedgerSchemas.Render(Mapper.Map(e, fixture)))), name: $"{nameof(Map_FixtureTrail_StoredPayloadsMatchSnapshot)}.{fixture}");
    }

    [Theory]
    [InlineData("Approval")]
    [InlineData("RiskWaiver")]
    [InlineData("Attestation")]
    public void Map_PersonMadeRecord_BecomesExternalEventNeverASignedRecord(string originalType)
    {
        var entry = Mapper.Map(Event(originalType, new JsonObject { ["approver"] = "alice", ["digest"] = Digests.Model }), "t.jsonl");

        var external = Assert.IsType<ExternalEvent>(entry.Event);
        Assert.Equal(LlmAuditTrailMapper.MapEventType(originalType), external.MappedType);
        Assert.Equal("alice", (string?)external.Details!["approver"]);
    }

    [Fact]
    public void Map_EvaluationWithDigest_BecomesEvaluationRecordedWithProvenance()
    {
        var entry = Mapper.Map(Event("Evaluation", new JsonObject { ["metric"] = "acc", ["value"] = 0.9, ["dataset"] = "arc" }), "t.jsonl");

        Assert.Equal(("evaluation.recorded/v1", "bot", Digests.Model), (entry.Type, entry.Model, entry.Digest));
        Assert.Equal(
            """{"dataset":"arc","digest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","imported":{"actor":null,"curr_hash":"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee","event_type":"Evaluation","format":"llm-audit-trail","line":8,"seq":7,"source":"t.jsonl","system":null},"metric":"acc","value":0.9}""",
            LedgerSchemas.Render(entry).Split("\n  ")[1]);
    }

    [Theory]
    [InlineData("""{"metric":"acc","value":"high"}""")]
    [InlineData("""{"metric":42,"value":0.9}""")]
    [InlineData("""{"value":0.9}""")]
    public void Map_DetailsNotFittingTheSchema_FallBackToExternalWithDetailsKept(string details)
    {
        var entry = Mapper.Map(Event("Evaluation", JsonNode.Parse(details)!.AsObject()), "t.jsonl");

        var external = Assert.IsType<ExternalEvent>(entry.Event);
        Assert.Equal("evaluation.recorded/v1", external.MappedType);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(details), external.Details));
    }

    [Theory]
    [InlineData("DatasetRegistered", """{"rows":1000.0}""", "dataset.registered/v1", "\"rows\":1000")]
    [InlineData("DatasetRegistered", """{"rows":10.5}""", "external.event/v1", "\"rows\":10.5")]
    [InlineData("DatasetRegistered", """{"rows":9007199254740993}""", "external.event/v1", "\"mappedType\":\"dataset.registered/v1\"")]
    [InlineData("DatasetRegistered", """{"version":2}""", "external.event/v1", "\"version\":2")]
    [InlineData("DatasetRegistered", """{"license":null,"owner":"data-team"}""", "dataset.registered/v1", "\"owner\":\"data-team\"")]
    [InlineData("Evaluation", """{"metric":"acc","value":5}""", "evaluation.recorded/v1", "\"value\":5}")]
    [InlineData("Evaluation", """{"metric":"acc","value":1E2,"dataset":"arc"}""", "evaluation.recorded/v1", "\"value\":100}")]
    [InlineData("Evaluation", """{"metric":"acc","value":0.5,"dataset":7}""", "external.event/v1", "\"dataset\":7")]
    [InlineData("FineTuneStart", """{"lr":0.1}""", "training.started/v1", "\"stage\":\"FineTuneStart\"")]
    [InlineData("FineTuneStart", """{"stage":3}""", "external.event/v1", "\"stage\":3")]
    [InlineData("FineTuneEnd", """{"stage":"sft","loss":0.1}""", "training.completed/v1", "\"inputs\":[{\"id\":\"faq\",\"kind\":\"dataset\"}]")]
    [InlineData("Incident", """{"description":"leak"}""", "incident.opened/v1", "\"id\":\"ev-1\"")]
    [InlineData("Incident", """{"summary":"","description":"leak"}""", "external.event/v1", "\"summary\":\"\"")]
    [InlineData("MonitoringReport", """{"metric":"drift","value":"NaN"}""", "external.event/v1", "\"value\":\"NaN\"")]
    [InlineData("Deployment", """{}""", "deployment.completed/v1", "\"environment\":\"prod\"")]
    [InlineData("Deployment", """{"environment":["prod"]}""", "external.event/v1", "\"environment\":[\"prod\"]")]
    [InlineData("DatasetFlagged", """{"reason":"pii"}""", "dataset.flagged/v1", "\"reason\":\"pii\"")]
    public void Map_ForeignDetails_OurTypeOnlyWhenEveryMemberFitsItsSchema(string originalType, string details, string expectedType, string expectedInPayload)
    {
        var entry = Mapper.Map(Event(originalType, JsonNode.Parse(details)!.AsObject(), dataset: "faq", deployment: "prod", eventId: "ev-1"), "t.jsonl");

        var stored = LedgerSchemas.Render(entry);
        Assert.StartsWith(expectedType + " ", stored, StringComparison.Ordinal);
        Assert.Contains(expectedInPayload, stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_EmptyForeignEventId_StillOurTypeSinceOnlyTheDetailsAreJudged()
    {
        var entry = Mapper.Map(Event("Evaluation", new JsonObject { ["metric"] = "acc", ["value"] = 0.5 }, eventId: ""), "t.jsonl");

        Assert.Equal("evaluation.recorded/v1", entry.Type);
        Assert.Contains("\"event_id\":\"\"", LedgerSchemas.Render(entry), StringComparison.Ordinal);
    }

    [Fact]
    public void Map_DatasetEvent_SubjectCarriesNoModelDigest()
    {
        var entry = Mapper.Map(Event("DatasetRegistered", new JsonObject { ["rows"] = 10 }, model: null, dataset: "faq"), "t.jsonl");

        Assert.Equal(("dataset.registered/v1", "faq", (string?)null), (entry.Type, entry.Dataset, entry.Digest));
        Assert.Equal(Digests.Model, Assert.IsType<DatasetRegistered>(entry.Event).Digest);
    }

    [Fact]
    public void OriginalHash_Payloads_OnlyAStringImportedCurrHashCounts()
    {
        var imported = EventCatalogue.ToJson(Mapper.Map(Event("Checkpoint", []), "t.jsonl").Event);

        Assert.Equal(new string('e', 64), TrailEntryMapper.OriginalHash(imported));
        Assert.Null(TrailEntryMapper.OriginalHash(new JsonObject { ["imported"] = new JsonObject { ["curr_hash"] = 5 } }));
        Assert.Null(TrailEntryMapper.OriginalHash(new JsonObject { ["curr_hash"] = "abc" }));
    }
}
