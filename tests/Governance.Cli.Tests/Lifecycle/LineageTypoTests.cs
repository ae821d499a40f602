namespace Governance.Cli.Tests.Lifecycle;

/// <summary>Lineage queries answer a typo with exit 2 and the nearest name, and say how a model name was resolved.</summary>
public sealed class LineageTypoTests
{
    [Fact]
    public void LineageImpact_DatasetTypo_ExitsTwoSuggestingTheNearestDataset()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Train(repo);

        var result = repo.Run("lineage", "impact", "--dataset", "prefz");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--dataset: no ledger entry names dataset 'prefz'; did you mean 'prefs'?", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("model(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LineageImpact_UnknownDatasetFarFromAny_ListsTheKnownOnes()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Train(repo);

        var result = repo.Run("lineage", "impact", "--dataset", "ds:imagenet");

        Assert.Equal(2, result.Exit);
        Assert.Contains("known datasets: chat, prefs, web", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LineageImpact_RegisteredDatasetNoModelUsed_ExitsZeroWithNoModels()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Train(repo);
        repo.Record("record", "dataset", "--dataset", "unused", "--content-digest", Pipeline.D('9'));

        var result = repo.Run("lineage", "impact", "--dataset", "unused");

        Assert.Equal(0, result.Exit);
        Assert.Contains("dataset unused: 0 model(s), 0 deployment(s) downstream", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LineageShow_ModelName_SaysWhichDigestItChoseAndWhy()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);
        repo.Record("record", "evaluation", "--model", "support-bot", "--digest", Pipeline.Sft, "--metric", "accuracy", "--value", "0.8");
        repo.Record("record", "evaluation", "--model", "support-bot", "--digest", Pipeline.Final, "--metric", "accuracy", "--value", "0.92");

        var result = repo.Run("lineage", "show", "--model", "support-bot", "--format", "json");

        Assert.Equal(0, result.Exit);
        Assert.Contains($"govern: note: model 'support-bot' is {Pipeline.Final}: the digest of the newest entry naming it (ledger:", result.Error, StringComparison.Ordinal);
        Assert.Contains($"1 other digest(s) recorded under that name: {Pipeline.Sft}", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("{", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LineageShow_Digest_PrintsNoResolutionNote()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);

        var result = repo.Run("lineage", "show", "--model", Pipeline.Final);

        Assert.Equal(0, result.Exit);
        Assert.DoesNotContain("note: model", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LineageShow_ModelNameTypo_SuggestsTheNearestName()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);

        var result = repo.Run("lineage", "show", "--model", "suport-bot");

        Assert.Equal(2, result.Exit);
        Assert.Contains("no ledger entry names model 'suport-bot'; did you mean 'support-bot'?", result.Error, StringComparison.Ordinal);
    }
}
