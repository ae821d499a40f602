using Governance.Events.Catalogue;
using Governance.Imports.LmEval;

namespace Governance.Imports.Tests.LmEval;

public sealed class EvaluationEntriesTests
{
    [Fact]
    public void Map_HarnessResult_RecordsEveryKnownMemberForTheGivenModel()
    {
        var result = new ImportedEvaluation
        {
            Metric = "arc_easy/acc", Value = 0.75, Stderr = 0.0089, Dataset = "arc_easy", TaskVersion = "1.0", NumFewShot = 5,
            HarnessVersion = "0.4.2", IsGroup = true, Model = "org/support-bot", Time = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        };

        var entry = EvaluationEntries.Map(result, "support-bot", Digests.Model, "results.json");

        Assert.Equal(("evaluation.recorded/v1", "support-bot", Digests.Model), (entry.Type, entry.Model, entry.Digest));
        Assert.Equal(
            """{"dataset":"arc_easy","digest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","group":true,"harness":"lm-evaluation-harness 0.4.2","metric":"arc_easy/acc","model":"support-bot","numFewShot":5,"observedAt":"2026-01-02T03:04:05Z","source":"results.json","stderr":0.0089,"taskVersion":"1.0","value":0.75}""",
            LedgerSchemas.Render(entry).Split("\n  ")[1]);
        Assert.True(LedgerSchemas.Instance.Accepts(entry.Event));
    }

    [Fact]
    public void Map_GenericMetric_LeavesUnknownMembersOut()
    {
        var entry = EvaluationEntries.Map(new ImportedEvaluation { Metric = "toxicity_rate", Value = 0.004, Dataset = "" }, "bot", Digests.Model, "m.json");

        Assert.Equal(["digest", "metric", "model", "source", "value"], EventCatalogue.ToJson(entry.Event).Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.True(LedgerSchemas.Instance.Accepts(entry.Event));
    }

    [Theory]
    [InlineData("support-bot", "support-bot", false)]
    [InlineData("org/support-bot", "support-bot", false)]
    [InlineData("support-bot", "org/support-bot", false)]
    [InlineData("other-bot", "support-bot", true)]
    [InlineData("xsupport-bot", "support-bot", true)]
    public void NamingAnotherModel_FileModel_WarnsOnlyForAnotherName(string fileModel, string model, bool warns)
    {
        ImportedEvaluation[] results = [new() { Metric = "a", Value = 1 }, new() { Metric = "b", Value = 2, Model = fileModel }];

        Assert.Equal(warns, EvaluationEntries.NamingAnotherModel(results, model) is not null);
    }
}
