using System.Text.Json.Nodes;
using Governance.Events.Catalogue;
using Governance.Imports.LlmAuditTrail;

namespace Governance.Imports.Tests.LlmAuditTrail;

public sealed class TrailImportPlanTests
{
    private static readonly TrailEntryMapper Mapper = new(LedgerSchemas.Instance);

    private static JsonObject Payload(ImportedEntry entry) => EventCatalogue.ToJson(entry.Event);

    private static LlmAuditTrailImport Intact() =>
        LlmAuditTrailImport.FromFile(TrailFixtures.PathOf("intact.jsonl"), LlmAuditTrailVerifyOptions.Sha256());

    private static TrailImportPlan Plan(LlmAuditTrailImport import, IEnumerable<JsonObject> ledger, bool anchored = true) =>
        TrailImportPlan.Create(import, ledger, Mapper, LlmAuditHashAlgorithm.Sha256, "intact.jsonl", anchored);

    [Fact]
    public void Create_EmptyLedger_EveryEventThenTheHeadPointerLast()
    {
        var import = Intact();

        var plan = Plan(import, []);

        Assert.Equal(14, plan.Entries.Count);
        Assert.Equal(import.Events.Select(e => e.OriginalCurrHash), plan.Entries.Take(13).Select(e => TrailEntryMapper.OriginalHash(Payload(e))));
        var pointer = Assert.IsType<TrailImported>(plan.Entries[^1].Event);
        Assert.Equal((13L, (bool?)true, (bool?)true, "sha256"), (pointer.Events, pointer.Verified, pointer.Anchored, pointer.HashAlg));
        Assert.Equal(import.Events[^1].OriginalCurrHash, (string?)pointer.Head["curr_hash"]);
        Assert.True(LedgerSchemas.Instance.Accepts(pointer));
        Assert.Equal((13, 4, 9), (plan.Fresh, plan.AsLifecycle, plan.AsExternal));
        Assert.Equal(9, plan.WithCounterpart);
    }

    [Fact]
    public void Create_LedgerHoldsEarlierImport_PlansOnlyTheNewEvents()
    {
        var import = Intact();
        var earlier = Plan(import, []).Entries.Take(10).Select(Payload);

        var plan = Plan(import, earlier, anchored: false);

        Assert.Equal(3, plan.Fresh);
        Assert.Equal(import.Events.Skip(10).Select(e => e.OriginalLine), plan.Entries.SkipLast(1).Select(e => (int)Payload(e)["imported"]!["line"]!));
        Assert.False(Assert.IsType<TrailImported>(plan.Entries[^1].Event).Anchored!.Value);
    }

    [Fact]
    public void Create_EverythingAlreadyImported_IsEmpty()
    {
        var import = Intact();

        var plan = Plan(import, Plan(import, []).Entries.Select(Payload));

        Assert.True(plan.IsEmpty);
        Assert.Equal(0, plan.Fresh);
    }

    [Fact]
    public void Create_FailedTrail_PlansNothing()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        lines[3] = lines[3].Replace("\"seq\":3", "\"seq\":4", StringComparison.Ordinal);
        var failed = LlmAuditTrailImport.FromStream(TrailFixtures.Stream(TrailFixtures.Text(lines)), LlmAuditTrailVerifyOptions.Sha256());

        Assert.True(Plan(failed, []).IsEmpty);
    }
}
