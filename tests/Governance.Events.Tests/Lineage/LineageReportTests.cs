using Governance.Core.Subjects;
using Governance.Events.Lineage;
using static Governance.Events.Tests.Lineage.Pipeline;

namespace Governance.Events.Tests.Lineage;

public sealed class LineageReportTests
{
    [Fact]
    public void Build_TwoStages_NearestFirstWithParentsAndBaseModel()
    {
        var report = LineageReport.Build(Index(), Digest.Parse(D6));

        Assert.Equal(["sft", "pretrain"], report.Stages.Select(s => s.Stage));
        Assert.Equal([D6, D5, D20], report.Models.Select(m => m.Digest));
        Assert.Equal([true, true, false], report.Models.Select(m => m.Recorded));
        Assert.Equal(["bot", "bot", null], report.Models.Select(m => m.Name));
        Assert.Equal([D5], report.Stages[0].Parents);
        Assert.Equal([D20], report.Stages[1].Parents);
        Assert.Equal([null, "pretraining"], report.Stages.Select(s => s.Kind));
    }

    [Fact]
    public void Build_InputsWithAndWithoutWeights_WeightAndReplayStayWithTheirDataset()
    {
        var report = LineageReport.Build(Index(), Digest.Parse(D6));

        var sft = report.Stages[0].Datasets.Select(d => (d.Id, d.Weight, d.Replay));
        var pretrain = report.Stages[1].Datasets.Select(d => (d.Id, d.Pinned, d.Weight, d.Flagged));
        Assert.Equal([("chat-sft", (double?)null, false), ("web-crawl", 0.1, true)], sft);
        Assert.Equal([("web-crawl", (string?)D10, (double?)0.7, false), ("books", null, null, true)], pretrain);
    }

    [Fact]
    public void Build_DatasetAndModelNotes_FromTrustedEvidenceOnly()
    {
        var report = LineageReport.Build(Index(), Digest.Parse(D6));

        var chat = report.Stages[0].Datasets[0];
        Assert.Equal(["unregistered", "attestation"], chat.Notes.Select(n => n.Kind));
        Assert.Equal("consented", chat.Notes[1].Summary);
        Assert.Equal(["approval", "deployment"], report.Model.Notes.Select(n => n.Kind));
        Assert.Equal(["registered", "unregistered", "flag"], report.Stages[1].Datasets.SelectMany(d => d.Notes).Select(n => n.Kind));
    }

    [Fact]
    public void Build_RetractedStage_DropsOutOfTheLineage()
    {
        var index = Index(Support.Entries.Retraction(8, 3, signedBy: null));

        var report = LineageReport.Build(index, Digest.Parse(D6));

        Assert.Empty(report.Stages);
        Assert.False(report.Model.Recorded);
    }
}
