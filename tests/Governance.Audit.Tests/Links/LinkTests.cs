using Governance.Audit.Tests.Support;

namespace Governance.Audit.Tests.Links;

public sealed class LinkTests
{
    private const string VendorOrigin = "vendor.example/ledger";

    [Fact]
    public void Link_VendorBundleThenItsExtension_RecordsConsistentLinks()
    {
        using var vendor = AuditRepo.Create(VendorOrigin, withDecision: false);
        using var ours = AuditRepo.Create("acme.example/ledger");
        Assert.Equal(0, vendor.Govern("audit", "export", "--out", "v1.zip", "--key", "keys/recorder.pem", "--no-record").Exit);
        Assert.Equal(0, vendor.Govern("record", "evaluation", "--model", "base", "--digest", "sha256:" + new string('3', 64), "--metric", "accuracy", "--value", "0.7", "--key", "keys/recorder.pem").Exit);
        Assert.Equal(0, vendor.Govern("audit", "export", "--out", "v2.zip", "--key", "keys/recorder.pem", "--no-record").Exit);

        var first = ours.Govern("audit", "link", vendor.File_("v1.zip"), "--key", "keys/recorder.pem");
        var second = ours.Govern("audit", "link", vendor.File_("v2.zip"), "--key", "keys/recorder.pem");

        Assert.True(first.Exit == 0, first.Output + first.Error);
        Assert.StartsWith($"linked {VendorOrigin} at size 16, root ", first.Output, StringComparison.Ordinal);
        Assert.True(second.Exit == 0, second.Output + second.Error);
        Assert.Contains("at size 17", second.Output, StringComparison.Ordinal);
        Assert.Contains("(consistent with entry 18)", second.Output, StringComparison.Ordinal);
        var shown = ours.Govern("audit", "show", "19").Output;
        Assert.Contains("trail.linked/v1", shown, StringComparison.Ordinal);
        Assert.Contains("\"previous\": 18", shown, StringComparison.Ordinal);
        Assert.Contains("ds:web-2025", shown, StringComparison.Ordinal);
        Assert.Equal(0, ours.Govern("audit", "verify").Exit);
    }

    [Fact]
    public void Link_OlderBundleAfterNewerLink_ReportsRollback()
    {
        using var vendor = AuditRepo.Create(VendorOrigin, withDecision: false);
        using var ours = AuditRepo.Create("acme.example/ledger");
        Assert.Equal(0, vendor.Govern("audit", "export", "--out", "v1.zip", "--key", "keys/recorder.pem", "--no-record").Exit);
        Assert.Equal(0, vendor.Govern("record", "evaluation", "--model", "base", "--digest", "sha256:" + new string('3', 64), "--metric", "accuracy", "--value", "0.7", "--key", "keys/recorder.pem").Exit);
        Assert.Equal(0, vendor.Govern("audit", "export", "--out", "v2.zip", "--key", "keys/recorder.pem", "--no-record").Exit);
        Assert.Equal(0, ours.Govern("audit", "link", vendor.File_("v2.zip"), "--key", "keys/recorder.pem").Exit);

        var result = ours.Govern("audit", "link", vendor.File_("v1.zip"), "--key", "keys/recorder.pem");

        Assert.Equal(1, result.Exit);
        Assert.StartsWith($"FAILED: rollback: {VendorOrigin} was linked at size 17 (entry 18)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_RewrittenHistoryFromSameOrigin_ReportsFork()
    {
        using var vendor = AuditRepo.Create(VendorOrigin, withDecision: false);
        using var rewritten = AuditRepo.Create(VendorOrigin, withDecision: false);
        using var ours = AuditRepo.Create("acme.example/ledger");
        Assert.Equal(0, vendor.Govern("audit", "export", "--out", "v1.zip", "--key", "keys/recorder.pem", "--no-record").Exit);
        Assert.Equal(0, rewritten.Govern("record", "evaluation", "--model", "base", "--digest", "sha256:" + new string('3', 64), "--metric", "accuracy", "--value", "0.1", "--key", "keys/recorder.pem").Exit);
        Assert.Equal(0, rewritten.Govern("audit", "export", "--out", "v2.zip", "--key", "keys/recorder.pem", "--no-record").Exit);
        Assert.Equal(0, ours.Govern("audit", "link", vendor.File_("v1.zip"), "--key", "keys/recorder.pem").Exit);

        var result = ours.Govern("audit", "link", rewritten.File_("v2.zip"), "--key", "keys/recorder.pem");

        Assert.Equal(1, result.Exit);
        Assert.StartsWith($"FAILED: fork: this bundle's ledger is not consistent with the checkpoint of {VendorOrigin} linked at entry 18", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_TamperedBundle_ExitsOneAndRecordsNothing()
    {
        using var vendor = AuditRepo.Create(VendorOrigin, withDecision: false);
        using var ours = AuditRepo.Create("acme.example/ledger");
        Assert.Equal(0, vendor.Govern("audit", "export", "--out", "v1.zip", "--key", "keys/recorder.pem", "--no-record").Exit);
        ZipEdit.FlipByte(vendor.File_("v1.zip"), vendor.File_("bad.zip"), "ledger.bundle");

        var result = ours.Govern("audit", "link", vendor.File_("bad.zip"), "--key", "keys/recorder.pem");

        Assert.Equal(1, result.Exit);
        Assert.Contains("ledger.bundle", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, ours.Govern("audit", "show", "18").Exit);
    }
}
