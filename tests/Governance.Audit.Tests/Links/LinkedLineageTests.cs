using Governance.Audit.Tests.Support;

namespace Governance.Audit.Tests.Links;

/// <summary>Lineage that follows our fine-tuned model into a vendor's linked trail.</summary>
public sealed class LinkedLineageTests
{
    private const string Base = Govern.Digest;
    private static readonly string Tuned = "sha256:" + new string('9', 64);

    private static (AuditRepo Vendor, AuditRepo Ours) FineTunedOnVendorBase()
    {
        var vendor = AuditRepo.Create("vendor.example/ledger", withDecision: false);
        var ours = AuditRepo.Create("acme.example/ledger", withDecision: false, withEvidence: false);
        Assert.Equal(0, vendor.Govern("audit", "export", "--out", "v1.zip", "--key", "keys/recorder.pem", "--no-record").Exit);
        Assert.Equal(0, ours.Govern("record", "dataset", "--dataset", "ds:acme-tickets", "--key", "keys/recorder.pem").Exit);
        var training = ours.Govern("record", "training", "--stage", "acme-sft", "--stage-kind", "sft", "--parent", Base, "--input", "ds:acme-tickets",
            "--model", "acme-bot", "--digest", Tuned, "--key", "keys/recorder.pem");
        Assert.True(training.Exit == 0, training.Output + training.Error);
        File.WriteAllText(ours.File_("gate.yaml"), """
            apiVersion: governance/v1
            kind: DeploymentPolicy
            metadata: { name: gate }
            spec:
              rules:
                - id: clean
                  provenance: { denyFlaggedSources: true }
                - id: vendor-base
                  provenance: { requireLinkedBaseModels: true }
            """);
        return (vendor, ours);
    }

    private static GovernResult Check(AuditRepo ours) =>
        ours.Govern("check", "--policy", "gate.yaml", "--model", "acme-bot", "--digest", Tuned, "--environment", "production", "--no-record", "--explain");

    [Fact]
    public void Lineage_BaseModelFromLinkedTrail_ListsVendorStagesAndDatasets()
    {
        var (vendor, ours) = FineTunedOnVendorBase();
        using var _ = vendor;
        using var __ = ours;
        var before = Check(ours);

        Assert.Equal(0, ours.Govern("audit", "link", vendor.File_("v1.zip"), "--key", "keys/recorder.pem").Exit);
        var lineage = ours.Govern("lineage", "show", "--model", Tuned);
        var after = Check(ours);

        Assert.Equal(1, before.Exit);
        Assert.Contains("has no lineage in a linked trail", before.Output, StringComparison.Ordinal);
        Assert.True(lineage.Exit == 0, lineage.Output + lineage.Error);
        Assert.Contains("ds:web-2025", lineage.Output, StringComparison.Ordinal);
        Assert.Contains("pretraining", lineage.Output, StringComparison.Ordinal);
        Assert.Contains("ds:acme-tickets", lineage.Output, StringComparison.Ordinal);
        Assert.True(after.Exit == 0, after.Output + after.Error);
    }

    [Fact]
    public void Check_FlagOnVendorDataset_DeniesOurFineTunedModel()
    {
        var (vendor, ours) = FineTunedOnVendorBase();
        using var _ = vendor;
        using var __ = ours;
        Assert.Equal(0, ours.Govern("audit", "link", vendor.File_("v1.zip"), "--key", "keys/recorder.pem").Exit);

        Assert.Equal(0, ours.Govern("flag", "--dataset", "ds:forum-2023", "--reason", "contains leaked personal data", "--key", "keys/recorder.pem").Exit);
        var result = Check(ours);

        Assert.Equal(1, result.Exit);
        Assert.Contains("source ds:forum-2023 (stage pretraining) is flagged: contains leaked personal data", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BaseLineageOnlyAssertedInOurLedger_FailsRequireLinkedBaseModels()
    {
        var (vendor, ours) = FineTunedOnVendorBase();
        using var _ = vendor;
        using var __ = ours;
        // Writers refuse a training input naming a dataset this ledger never registered (trust v2): register it here too.
        Assert.Equal(0, ours.Govern("record", "dataset", "--dataset", "ds:web-2025", "--key", "keys/recorder.pem").Exit);
        Assert.Equal(0, ours.Govern("record", "training", "--stage", "pretraining", "--input", "ds:web-2025", "--digest", Base, "--key", "keys/recorder.pem").Exit);

        var result = Check(ours);

        Assert.Equal(1, result.Exit);
        Assert.Contains("has lineage only in this ledger", result.Output, StringComparison.Ordinal);
    }
}
