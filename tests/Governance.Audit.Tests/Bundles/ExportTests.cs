using Governance.Audit.Tests.Support;

namespace Governance.Audit.Tests.Bundles;

public sealed class ExportTests
{
    [Fact]
    public void Export_SameLedgerState_IsByteIdentical()
    {
        using var repo = AuditRepo.Create();

        var first = repo.Govern("audit", "export", "--out", "a.zip", "--key", "keys/recorder.pem", "--no-record");
        repo.Repo.GitOut("gc", "-q", "--aggressive");
        var second = repo.Govern("audit", "export", "--out", "b.zip", "--key", "keys/recorder.pem", "--no-record");

        Assert.True(first.Exit == 0, first.Output + first.Error);
        Assert.Equal(0, second.Exit);
        Assert.Equal(File.ReadAllBytes(repo.File_("a.zip")), File.ReadAllBytes(repo.File_("b.zip")));
    }

    [Fact]
    public void Export_Default_HoldsEveryPartAndRecordsAuditExportedEntry()
    {
        using var repo = AuditRepo.Create();

        var result = repo.Govern("audit", "export", "--out", "bundle.zip", "--key", "keys/recorder.pem");

        Assert.True(result.Exit == 0, result.Output + result.Error);
        var files = ZipEdit.Read(repo.File_("bundle.zip"));
        Assert.Equal(
            ["MANIFEST", "MANIFEST.sig", "README.md", "attestations/decision-00000017.dsse.json", "checkpoint", "controls.csv", "ledger.bundle",
             "proofs/inclusion.jsonl", "report.html", "trust/SOURCE", "trust/allowed_signers", "trust/principals.yaml", "trust/recorder.pub"],
            files.Keys.Order(StringComparer.Ordinal));
        var digest = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(repo.File_("bundle.zip"))));
        Assert.Contains(digest, result.Output, StringComparison.Ordinal);
        var log = repo.Govern("audit", "show", "18");
        Assert.Contains("audit.exported/v1", log.Output, StringComparison.Ordinal);
        Assert.Contains(digest, log.Output, StringComparison.Ordinal);
        Assert.Equal(0, repo.Govern("audit", "verify").Exit);
    }

    [Fact]
    public void Export_ControlsCsv_MapsEuAndNistControlsToEntries()
    {
        using var repo = AuditRepo.Create();
        Assert.Equal(0, repo.Govern("audit", "export", "--out", "bundle.zip", "--key", "keys/recorder.pem", "--no-record").Exit);

        var csv = System.Text.Encoding.UTF8.GetString(ZipEdit.Read(repo.File_("bundle.zip"))["controls.csv"]).Split('\n');

        Assert.Equal("framework,control,title,status,evidence_types,entry_count,entries,note", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("EU AI Act,Annex IV 2(a),", StringComparison.Ordinal) && l.Contains(",evidenced,", StringComparison.Ordinal) && l.Contains("ledger:5 ledger:6 ledger:7", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("NIST AI RMF 1.0,MANAGE 1.1,", StringComparison.Ordinal) && l.Contains("ledger:17", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("EU AI Act,Art. 12(3),", StringComparison.Ordinal) && l.Contains(",not evidenceable,", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_WithoutKey_ExitsTwoAndWritesNothing()
    {
        using var repo = AuditRepo.Create(withDecision: false);

        var result = repo.Govern("audit", "export", "--out", "bundle.zip");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--key", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(repo.File_("bundle.zip")));
    }

    [Fact]
    public void Export_ModelFilter_OnlyThatModelsDecisionsAndCitedEntries()
    {
        using var repo = AuditRepo.Create();
        Assert.Equal(0, repo.Govern("record", "evaluation", "--model", "other-model", "--digest", "sha256:" + new string('2', 64), "--metric", "accuracy", "--value", "0.5", "--key", "keys/recorder.pem").Exit);

        var result = repo.Govern("audit", "export", "--out", "bundle.zip", "--key", "keys/recorder.pem", "--model", "other-model", "--no-record");

        Assert.True(result.Exit == 0, result.Output + result.Error);
        var proofs = System.Text.Encoding.UTF8.GetString(ZipEdit.Read(repo.File_("bundle.zip"))["proofs/inclusion.jsonl"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(proofs);
        Assert.Contains("\"seq\":18", proofs[0], StringComparison.Ordinal);
        Assert.Equal(0, repo.Govern("audit", "verify-bundle", "bundle.zip").Exit);
    }
}
