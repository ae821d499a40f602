using Governance.Ledger.Entries;
using Governance.Workflows.Audit;

namespace Governance.Workflows.Tests.Audit;

public sealed class EntryFilterTests
{
    [Fact]
    public void Select_ByDigest_OnlyEntriesNamingItInOrder()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        ledger.Evaluations(store, ("support-bot", AuditLedger.ModelDigest), ("other", AuditLedger.OtherDigest), ("support-bot", AuditLedger.ModelDigest));

        var seqs = new EntryFilter(null, null, AuditLedger.ModelDigest, null).Select(store, CancellationToken.None).Select(e => e.Entry.Seq);

        Assert.Equal([1L, 3L], seqs);
    }

    [Fact]
    public void Select_ByModelAndType_BothMustHold()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        ledger.Evaluations(store, ("support-bot", AuditLedger.ModelDigest), ("other", AuditLedger.OtherDigest));

        Assert.Equal([2L], new EntryFilter(EntryTypes.EvaluationRecorded, "other", null, null).Select(store, CancellationToken.None).Select(e => e.Entry.Seq));
        Assert.Empty(new EntryFilter(EntryTypes.ApprovalGranted, "other", null, null).Select(store, CancellationToken.None));
    }

    [Fact]
    public void Select_SinceAfterEveryEntry_Nothing()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        ledger.Evaluations(store, ("support-bot", AuditLedger.ModelDigest));

        Assert.Empty(new EntryFilter(null, null, null, DateTimeOffset.UtcNow.AddDays(1)).Select(store, CancellationToken.None));
        Assert.Single(new EntryFilter(null, null, null, DateTimeOffset.UtcNow.AddDays(-1)).Select(store, CancellationToken.None));
    }

    [Fact]
    public void Select_Cancelled_ThrowsBeforeTheFirstEntry()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        ledger.Evaluations(store, ("support-bot", AuditLedger.ModelDigest));

        Assert.Throws<OperationCanceledException>(() => new EntryFilter(null, null, null, null).Select(store, new CancellationToken(canceled: true)).ToList());
    }
}
