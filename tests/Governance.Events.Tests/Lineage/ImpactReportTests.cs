using Governance.Events.Lineage;
using static Governance.Events.Tests.Lineage.Pipeline;

namespace Governance.Events.Tests.Lineage;

public sealed class ImpactReportTests
{
    [Fact]
    public void Build_FlaggedDatasetOfTheFirstStage_BothModelsAndTheDeployment()
    {
        var report = ImpactReport.Build(Index(), "books");

        Assert.True(report.Flagged);
        Assert.Equal([(D5, true), (D6, false)], report.Models.Select(m => (m.Digest.Value, m.Direct)));
        Assert.Equal(["pretrain"], report.Models[1].Stages);
        var deployment = Assert.Single(report.Deployments);
        Assert.Equal(("prod", "bot", D6, "ledger:7"), (deployment.Environment, deployment.Model, deployment.Digest.Value, deployment.Reference));
    }

    [Fact]
    public void Build_ReplayedDataset_DirectInBothStages()
    {
        var report = ImpactReport.Build(Index(), "web-crawl");

        Assert.False(report.Flagged);
        Assert.Equal([(D5, true), (D6, true)], report.Models.Select(m => (m.Digest.Value, m.Direct)));
    }

    [Fact]
    public void Build_UnflaggedDataset_NoLongerFlagged()
    {
        var report = ImpactReport.Build(Index(Support.Entries.Entry(8, "dataset.unflagged/v1", """{"dataset":"books","reason":"licence cleared"}""")), "books");

        Assert.False(report.Flagged);
    }
}
