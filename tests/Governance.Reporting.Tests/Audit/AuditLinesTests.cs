using Governance.Audit.Export;
using Governance.Ledger.Storage;
using Governance.Reporting.Audit;

namespace Governance.Reporting.Tests.Audit;

public sealed class AuditLinesTests
{
    [Fact]
    public void Exported_RecordedOrNot_NamesFileDigestCountsAndEntry()
    {
        var result = new ExportResult([], "sha256:abc", 9, 12, 2);

        Assert.Equal("wrote out.zip sha256:abc (9 files, 12 entries, 2 decision attestations)", AuditLines.Exported("out.zip", result, null));
        Assert.Equal("wrote out.zip sha256:abc (9 files, 12 entries, 2 decision attestations); recorded as entry 13", AuditLines.Exported("out.zip", result, 13));
    }

    [Fact]
    public void Linked_FirstLaterOrRefused_EachLine()
    {
        Assert.Equal("linked vendor.example/ledger at size 4, root ff00; recorded as entry 9", AuditLines.Linked("vendor.example/ledger", 4, "ff00", null, 9, null));
        Assert.Equal("linked vendor.example/ledger at size 6, root ff01 (consistent with entry 9); recorded as entry 12", AuditLines.Linked("vendor.example/ledger", 6, "ff01", 9, 12, null));
        Assert.Equal("FAILED: the linked ledger was rewritten", AuditLines.Linked("vendor.example/ledger", 6, "ff01", 9, null, "the linked ledger was rewritten"));
    }

    [Fact]
    public void Pushed_EmptyRebasedOrPlain_EachLine()
    {
        var tip = "0123456789abcdef0123456789abcdef01234567";

        Assert.Equal("nothing to push: the ledger is empty", AuditLines.Pushed(new SyncResult(null, 0, 1), "origin"));
        Assert.Equal("pushed ledger at 0123456789ab to origin", AuditLines.Pushed(new SyncResult(tip, 0, 1), "origin"));
        Assert.Equal("pushed ledger at 0123456789ab to origin (rebased 2 local entries onto the remote)", AuditLines.Pushed(new SyncResult(tip, 2, 2), "origin"));
    }

    [Fact]
    public void PulledAndReportWritten_Lines()
    {
        Assert.Equal("ledger at entry 0", AuditLines.Pulled(0));
        Assert.Equal("wrote report.html: 5 entries, verdict intact", AuditLines.ReportWritten("report.html", 5, "intact"));
    }
}
