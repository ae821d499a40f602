using Governance.Audit.Bundles;
using Governance.Audit.Links;
using Governance.Audit.Report;
using Governance.Ledger.Entries;
using Governance.Ledger.Verification;
using Governance.Policies.Trust;
using Governance.Testing.Files;
using Governance.Workflows.Audit;

namespace Governance.Workflows.Tests.Audit;

public sealed class AuditExportAndLinkTests
{
    [Fact]
    public void Export_IntactLedger_BundleVerifiesOfflineAndDraftRecordsItsDigest()
    {
        using var vendor = new AuditLedger();
        using var dir = new TempDirectory();

        var (zip, input, result) = Export(vendor, dir, "bundle.zip", entries: 2);

        Assert.IsType<VerificationResult.Intact>(input.Verification);
        Assert.Equal(0, Verify(zip).ExitCode);
        var draft = AuditExports.Draft(input, result, new EntryActor(AuditLedger.RecorderPrincipal));
        Assert.Equal(EntryTypes.AuditExported, draft.Type);
        Assert.Equal(result.Digest, (string?)draft.Payload["bundle"]);
        Assert.Equal(2, (long?)draft.Payload["size"]);
    }

    [Theory]
    [InlineData(2, "rollback: example.com/acme/ledger was linked at size 3 (entry 1)")]
    [InlineData(4, "fork: this bundle's ledger is not consistent with the checkpoint of example.com/acme/ledger linked at entry 1 (size 3")]
    public void Link_VendorRewroteItsLedgerAfterTheLink_RefusedWithNothingKeptOrRecorded(int rewrittenSize, string problem)
    {
        using var ours = new AuditLedger();
        using var vendor = new AuditLedger();
        using var rewritten = new AuditLedger();
        using var dir = new TempDirectory();
        var (first, _, _) = Export(vendor, dir, "first.zip", entries: 3);
        var (rolledBack, _, _) = Export(rewritten, dir, "rewritten.zip", entries: rewrittenSize, AuditLedger.OtherDigest);
        using var store = ours.OpenStore();
        var recorded = 0;
        long Record(System.Text.Json.Nodes.JsonObject payload)
        {
            recorded++;
            return store.Append([new EntryDraft(EntryTypes.TrailLinked, new EntryActor(AuditLedger.RecorderPrincipal), new EntrySubject(), payload)], ours.Recorder)[^1].Seq;
        }

        var link = AuditLinks.Link(ours.Repo.Path, first, Verify(first), store.ReadAll(), Record);
        var refused = AuditLinks.Link(ours.Repo.Path, rolledBack, Verify(rolledBack), store.ReadAll(), Record);

        Assert.Equal((1L, (string?)null, 3L), (link.Seq!.Value, link.Problem, link.Size));
        Assert.StartsWith(problem, refused.Problem, StringComparison.Ordinal);
        Assert.Null(refused.Seq);
        Assert.Equal(1, recorded);
        Assert.Equal(1, store.Tip!.Seq);
        Assert.Equal(1, link.Seq);
        var kept = ours.Repo.GitOut("rev-parse", LinkedTrails.RefOf("example.com/acme/ledger"));
        Assert.Equal(vendor.Repo.GitOut("rev-parse", "refs/governance/ledger"), kept);
    }

    private static (string Zip, ReportInput Input, Governance.Audit.Export.ExportResult Result) Export(AuditLedger ledger, TempDirectory dir, string name, int entries, string digest = AuditLedger.ModelDigest)
    {
        using (var store = ledger.OpenStore())
        {
            ledger.Evaluations(store, [.. Enumerable.Range(0, entries).Select(_ => ("support-bot", digest))]);
        }

        var input = AuditReports.Load(ledger.Repo.Path, ledger.AuditTrust, null, new ReportOptions());
        var result = AuditExports.Export(ledger.Repo.Path, input, ledger.Recorder);
        var zip = Path.Combine(dir.Path, name);
        File.WriteAllBytes(zip, result.Bytes);
        return (zip, input, result);
    }

    private static BundleVerdict Verify(string zip) => BundleVerifier.Verify(zip, null, (text, source) => PrincipalsReader.Parse(text, source).Recorders);
}
