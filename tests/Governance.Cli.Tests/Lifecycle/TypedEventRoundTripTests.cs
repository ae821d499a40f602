using Governance.Events.Catalogue;
using Governance.Ledger.Canonical;
using Governance.Ledger.Storage;
using Governance.Testing.Files;
using Xunit;

namespace Governance.Cli.Tests.Lifecycle;

/// <summary>
/// Every entry the CLI writes reads back as its catalogued record and writes out to the very canonical bytes stored:
/// the typed vocabulary loses nothing the ledger holds.
/// </summary>
public sealed class TypedEventRoundTripTests
{
    [Fact]
    public void ReadThenWrite_EveryEntryTheCliWrites_TypedAndSameCanonicalPayload()
    {
        using var repo = GovernedRepo.Create();
        var policy = repo.CommitPolicy("gate", Pipeline.Policy);
        Pipeline.Release(repo);
        repo.Record("record", "monitoring", "--digest", Pipeline.Final, "--metric", "toxicity_rate", "--value", "0.0125", "--environment", "production", "--window", "24h");
        repo.Record("record", "incident", "--id", "INC-7", "--summary", "leaked a phone number", "--severity", "high", "--digest", Pipeline.Final,
            "--traced-dataset", "chat", "--traced-stage", "sft", "--request-id", "req-1");
        repo.Record("record", "entry", "policy.changed", "--payload", $$"""{"name":"gate","digest":"{{Pipeline.D('9')}}","mode":"enforce"}""");
        repo.Record("flag", "--dataset", "web", "--reason", "contains scraped medical records", "--severity", "critical", "--reference", "TICKET-1");
        repo.Record("unflag", "--dataset", "web", "--reason", "scrubbed");
        repo.Ok("waive", "--rules", "source:web", "--digest", Pipeline.Final, "--model", "support-bot", "--reason", "retraining scheduled",
            "--expires", Governance.Core.Evaluation.Format.Time(repo.Now.AddDays(7)), "--key", repo.Key("risk"), "--recorder-key", repo.Key("recorder"));
        repo.Ok("approve", "--revoke", "--model", "support-bot", "--digest", Pipeline.Final, "--key", repo.Key("bob"), "--recorder-key", repo.Key("recorder"));
        repo.Record("record", "retract", "--seq", "7", "--reason", "recorded twice");
        repo.Record("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "allow.json"));
        repo.Run("check", "--policy", policy, "--model", "support-bot", "--digest", Pipeline.Final, "--environment", "production", "--repo", ".", "--key", repo.Key("recorder"));

        using var store = new LedgerStore(repo.Path);
        var entries = store.ReadAll().Select(s => s.Entry).ToList();

        foreach (var entry in entries)
        {
            var typed = entry.Event;
            Assert.IsNotType<UnknownEvent>(typed);
            Assert.Equal(EventCatalogue.Find(entry.Type)!.Record, typed.GetType());
            Assert.Equal(Canonical(entry.Payload), Canonical(EventCatalogue.ToJson(typed)));
        }

        var written = entries.Select(e => e.Type).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal)
        {
            DatasetRegistered.TypeName, TrainingCompleted.TypeName, EvaluationRecorded.TypeName, ApprovalGranted.TypeName, ApprovalRevoked.TypeName,
            DeploymentCompleted.TypeName, MonitoringReported.TypeName, IncidentOpened.TypeName, PolicyChanged.TypeName, DatasetFlagged.TypeName,
            DatasetUnflagged.TypeName, WaiverGranted.TypeName, RecordRetracted.TypeName, AttestationAdded.TypeName, DecisionRecorded.TypeName,
        }, written);
    }

    private static string Canonical(System.Text.Json.Nodes.JsonNode node) => System.Text.Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(node));
}
