using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Workflows.Hosting;
using Governance.Workflows.Lifecycle;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Tests.Lifecycle;

public sealed class LineageServiceTests
{
    private static readonly string Model = "sha256:" + new string('d', 64);

    [Fact]
    public async Task ImpactAsync_FlaggedSourceDataset_ReachesTheModelTrainedOnIt()
    {
        using var repo = await TrainedOnMedicalData();

        await new FlagService(repo.Context()).FlagAsync(repo.Ledger, new SignerKeys(repo.Key("recorder")), new FlagRequest("ds-medical", "consent withdrawn", Severity: "high"), CancellationToken.None);
        var impact = await new LineageService(repo.Context()).ImpactAsync(repo.Ledger, "ds-medical", CancellationToken.None);

        Assert.Contains(impact.Models, m => m.Digest.ToString() == Model);
        Assert.True(impact.Flagged);
        Assert.Single(repo.Verified().Evidence.Flags);
    }

    [Fact]
    public async Task ImpactAsync_TypoInDatasetName_RefusedWithTheNearestKnownName()
    {
        using var repo = await TrainedOnMedicalData();

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new LineageService(repo.Context()).ImpactAsync(repo.Ledger, "ds-medcal", CancellationToken.None));

        Assert.Equal("--dataset: no ledger entry names dataset 'ds-medcal'; did you mean 'ds-medical'?", refused.Message);
    }

    [Fact]
    public async Task ShowAsync_ModelByDigest_ListsItsSourceDataset()
    {
        using var repo = await TrainedOnMedicalData();

        var lineage = await new LineageService(repo.Context()).ShowAsync(repo.Ledger, Model, CancellationToken.None);

        Assert.Contains(lineage.Report.Stages.SelectMany(s => s.Datasets), d => d.Id == "ds-medical");
    }

    private static async Task<RecordingRepo> TrainedOnMedicalData()
    {
        var repo = new RecordingRepo();
        var recorder = new SignerKeys(repo.Key("recorder"));
        await new RecordService(repo.Context()).RecordAsync(repo.Ledger, recorder, EntryTypes.DatasetRegistered, new EntrySubject(Dataset: "ds-medical"), new JsonObject { ["id"] = "ds-medical" }, CancellationToken.None);
        var training = new JsonObject
        {
            ["stage"] = "sft",
            ["output"] = Model,
            ["inputs"] = new JsonArray(new JsonObject { ["id"] = "ds-medical", ["kind"] = "dataset" }),
        };
        await new RecordService(repo.Context()).RecordAsync(repo.Ledger, recorder, EntryTypes.TrainingCompleted, new EntrySubject("fraud", Model), training, CancellationToken.None);
        return repo;
    }
}
