using System.Text.Json.Nodes;
using Governance.Imports.LlmAuditTrail;

namespace Governance.Imports.Tests.LlmAuditTrail;

public sealed class TrailImportPlanTests
{
    private static readonly TrailEntryMapper Mapper = new(LedgerSchemas.Instance);

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
        Assert.Equal(import.Events.Select(e => e.OriginalCurrHash), plan.Entries.Take(13).Select(e => TrailEntryMapper.OriginalHash(e.Payload)));
        var pointer = plan.Entries[^1];
        Assert.Equal("trail.imported/v1", pointer.Type);
        Assert.Equal((13, true, true, "sha256"), ((int)pointer.Payload["events"]!, (bool)pointer.Payload["verified"]!, (bool)pointer.Payload["anchored"]!, (string?)pointer.Payload["hash_alg"]));
        Assert.Equal(import.Events[^1].OriginalCurrHash, (string?)pointer.Payload["head"]!["curr_hash"]);
        Assert.True(LedgerSchemas.Instance.Accepts(pointer.Type, pointer.Payload));
        Assert.Equal((13, 4, 9), (plan.Fresh, plan.AsLifecycle, plan.AsExternal));
        Assert.Equal(9, plan.WithCounterpart);
    }

    [Fact]
    public void Create_LedgerHoldsEarlierImport_PlansOnlyTheNewEvents()
    {
        var import = Intact();
        var earlier = Plan(import, []).Entries.Take(10).Select(e => e.Payload);

        var plan = Plan(import, earlier, anchored: false);

        Assert.Equal(3, plan.Fresh);
        Assert.Equal(import.Events.Skip(10).Select(e => e.OriginalLine), plan.Entries.SkipLast(1).Select(e => (int)e.Payload["imported"]!["line"]!));
        Assert.False((bool)plan.Entries[^1].Payload["anchored"]!);
    }

    [Fact]
    public void Create_EverythingAlreadyImported_IsEmpty()
    {
        var import = Intact();

        var plan = Plan(import, Plan(import, []).Entries.Select(e => e.Payload));

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
