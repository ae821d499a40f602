using Governance.Audit.Tests.Support;

namespace Governance.Audit.Tests.Bundles;

public sealed class VerifyBundleTests(ExportedBundle exported) : IClassFixture<ExportedBundle>
{
    private (AuditRepo Repo, string Zip) Exported => (exported.Repo, exported.Zip);

    public static TheoryData<string> EveryFile() =>
    [
        "MANIFEST", "MANIFEST.sig", "README.md", "attestations/decision-00000017.dsse.json", "checkpoint", "controls.csv", "ledger.bundle",
        "proofs/inclusion.jsonl", "report.html", "trust/SOURCE", "trust/allowed_signers", "trust/principals.yaml", "trust/recorder.pub",
    ];

    [Fact]
    public void VerifyBundle_IntactBundleInAnEmptyDirectory_ExitsZero()
    {
        var (_, zip) = Exported;
        using var elsewhere = new Governance.Testing.Files.TempDirectory();

        var result = Govern.RunIn(elsewhere.Path, "audit", "verify-bundle", zip);

        Assert.True(result.Exit == 0, result.Output + result.Error);
        Assert.StartsWith("intact: 17 entries, root ", result.Output, StringComparison.Ordinal);
        Assert.Contains("17 inclusion proofs, 1 decision attestations verified", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryFile))]
    public void VerifyBundle_OneByteFlipped_ExitsOneNamingTheFile(string file)
    {
        var (repo, zip) = Exported;
        var target = repo.File_("flipped-" + file.Replace('/', '_') + ".zip");
        ZipEdit.FlipByte(zip, target, file);

        var result = repo.Govern("audit", "verify-bundle", target);

        Assert.Equal(1, result.Exit);
        Assert.StartsWith("FAILED: ", result.Output, StringComparison.Ordinal);
        Assert.Contains(file is "MANIFEST" ? "MANIFEST" : file, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyBundle_FileChangedAndManifestRehashed_FailsOnTheManifestSignature()
    {
        var (repo, zip) = Exported;
        var files = ZipEdit.Read(zip);
        files["controls.csv"] = "framework,control\nEU AI Act,everything evidenced\n"u8.ToArray();
        files["MANIFEST"] = Governance.Audit.Bundles.BundleManifest.Format(files.Where(f => f.Key is not ("MANIFEST" or "MANIFEST.sig")).ToDictionary(f => f.Key, f => f.Value));
        var target = repo.File_("rehashed.zip");
        ZipEdit.Write(target, files);

        var result = repo.Govern("audit", "verify-bundle", target);

        Assert.Equal(1, result.Exit);
        Assert.StartsWith("FAILED: MANIFEST.sig: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyBundle_ExtraFile_ExitsOne()
    {
        var (repo, zip) = Exported;
        var files = ZipEdit.Read(zip);
        files["attestations/decision-00000099.dsse.json"] = files["attestations/decision-00000017.dsse.json"];
        var target = repo.File_("extra.zip");
        ZipEdit.Write(target, files);

        var result = repo.Govern("audit", "verify-bundle", target);

        Assert.Equal(1, result.Exit);
        Assert.Contains("attestations/decision-00000099.dsse.json: not listed in MANIFEST", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyBundle_NotAZip_ExitsTwo()
    {
        var (repo, _) = Exported;
        File.WriteAllText(repo.File_("junk.zip"), "not a zip");

        var result = repo.Govern("audit", "verify-bundle", "junk.zip");

        Assert.Equal(2, result.Exit);
        Assert.Contains("not a readable bundle", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyBundle_AttackersOwnSignedBundle_FailsAgainstTheTrustedCheckpoint()
    {
        var (repo, _) = Exported;
        var trusted = repo.File_("trusted.checkpoint");
        File.WriteAllText(trusted, repo.Govern("audit", "checkpoint").Output);
        using var attacker = AuditRepo.Create();
        Assert.Equal(0, attacker.Govern("audit", "export", "--out", "forged.zip", "--key", "keys/recorder.pem", "--no-record").Exit);

        var alone = repo.Govern("audit", "verify-bundle", attacker.File_("forged.zip"));
        var anchored = repo.Govern("audit", "verify-bundle", attacker.File_("forged.zip"), "--trusted-checkpoint", trusted);

        Assert.Equal(0, alone.Exit);
        Assert.Equal(1, anchored.Exit);
        Assert.Contains("trust/allowed_signers: no bundled key signed the trusted checkpoint", anchored.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyBundle_RolledBackLedger_FailsAgainstALaterTrustedCheckpoint()
    {
        using var repo = AuditRepo.Create();
        Assert.Equal(0, repo.Govern("record", "evaluation", "--model", "m", "--digest", "sha256:" + new string('1', 64), "--metric", "accuracy", "--value", "0.9", "--key", "keys/recorder.pem").Exit);
        File.WriteAllText(repo.File_("trusted.checkpoint"), repo.Govern("audit", "checkpoint").Output);
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", "refs/governance/ledger~1");
        Assert.Equal(0, repo.Govern("audit", "export", "--out", "old.zip", "--key", "keys/recorder.pem", "--no-record").Exit);

        var result = repo.Govern("audit", "verify-bundle", "old.zip", "--trusted-checkpoint", "trusted.checkpoint");

        Assert.Equal(1, result.Exit);
        Assert.Contains("ledger.bundle", result.Output, StringComparison.Ordinal);
        Assert.Contains("rolled-back", result.Output, StringComparison.Ordinal);
    }
}
