using System.Text.Json.Nodes;
using Governance.Testing.Git;
using Governance.Testing.Snapshots;
using Xunit;

namespace Governance.Cli.Tests.Lifecycle;

public sealed class LineageCommandTests
{
    [Fact]
    public void LineageShow_ThreeStagePipeline_MatchesSnapshot()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);

        Snapshot.Verify(repo.Ok("lineage", "show", "--model", "support-bot"));
    }

    [Fact]
    public void LineageShow_Dot_MatchesSnapshotAndRendersWithGraphviz()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);
        repo.Record("flag", "--dataset", "web", "--reason", "contains scraped medical records");

        var dot = repo.Ok("lineage", "show", "--model", Pipeline.Final, "--format", "dot");

        Snapshot.Verify(dot, "dot");
        var svg = repo.Scratch("lineage.dot", dot);
        var rendered = ProcessRunner.Run("dot", ["-Tsvg", svg]);
        Assert.True(rendered.ExitCode == 0, rendered.StdErr);
        Assert.Contains("<svg", rendered.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void LineageShow_Json_ListsEveryStageSourceAndAttachedEvidence()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);

        var json = JsonNode.Parse(repo.Ok("lineage", "show", "--model", "support-bot", "--format", "json"))!;

        Assert.Equal(Pipeline.Final, (string?)json["digest"]);
        Assert.Equal(["preference", "sft", "pretraining"], json["stages"]!.AsArray().Select(s => (string)s!["stage"]!));
        Assert.Equal(["prefs", "chat", "web"], json["sources"]!.AsArray().Select(s => (string)s!));
        var final = json["models"]![0]!["evidence"]!.AsArray().Select(e => (string)e!["kind"]!).ToList();
        Assert.Equal(["evaluation", "approval", "approval", "deployment"], final);
        var replayed = json["stages"]![0]!["datasets"]![1]!;
        Assert.Equal("chat", (string?)replayed["id"]);
        Assert.True((bool)replayed["replay"]!);
        Assert.Equal(0.1, (double)replayed["weight"]!);
    }

    [Fact]
    public void LineageShow_UnknownModelName_ExitsTwoNamingIt()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Train(repo);

        var result = repo.Run("lineage", "show", "--model", "no-such-bot");

        Assert.Equal(2, result.Exit);
        Assert.Contains("no ledger entry names model 'no-such-bot'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LineageImpact_DatasetUsedOnlyInPretraining_ListsEveryDownstreamModelAndDeployment()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);

        var json = JsonNode.Parse(repo.Ok("lineage", "impact", "--dataset", "web", "--format", "json"))!;

        Assert.Equal([Pipeline.Base, Pipeline.Sft, Pipeline.Final], json["models"]!.AsArray().Select(m => (string)m!["digest"]!));
        Assert.Equal([true, false, false], json["models"]!.AsArray().Select(m => (bool)m!["direct"]!));
        Assert.All(json["models"]!.AsArray(), m => Assert.Equal("pretraining", (string?)m!["stages"]![0]));
        var deployment = Assert.Single(json["deployments"]!.AsArray())!;
        Assert.Equal("production", (string?)deployment["environment"]);
        Assert.Equal(Pipeline.Final, (string?)deployment["digest"]);
        Assert.False((bool)json["flagged"]!);
    }

    [Fact]
    public void LineageImpact_DatasetOfLastStageOnly_LeavesEarlierModelsOut()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);

        var text = repo.Ok("lineage", "impact", "--dataset", "prefs");

        Assert.Contains($"model support-bot {Pipeline.Final} (trained on it in preference)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Pipeline.Sft, text, StringComparison.Ordinal);
        Assert.Contains("1 model(s), 1 deployment(s)", text, StringComparison.Ordinal);
    }
}
