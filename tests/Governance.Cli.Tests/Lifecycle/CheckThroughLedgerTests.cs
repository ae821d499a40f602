using System.Text.Json.Nodes;
using Xunit;

namespace Governance.Cli.Tests.Lifecycle;

public sealed class CheckThroughLedgerTests
{
    [Fact]
    public void Check_FlaggedPretrainingSource_DeniesTheFinalModelUntilWaivedAndReapproved()
    {
        using var repo = GovernedRepo.Create();
        var policy = repo.CommitPolicy("gate", Pipeline.Policy);
        Pipeline.Release(repo);
        Assert.Equal(0, Check(repo, policy).Exit);

        repo.Record("flag", "--dataset", "web", "--reason", "contains scraped medical records");
        var denied = Check(repo, policy);

        Assert.Equal(1, denied.Exit);
        var rules = JsonNode.Parse(denied.Output)!["rules"]!.AsArray();
        var provenance = rules.Single(r => (string?)r!["id"] == "clean-training-data")!;
        Assert.Equal("fail", (string?)provenance["outcome"]);
        Assert.Contains("source web (stage pretraining) is flagged: contains scraped medical records", (string?)provenance["message"], StringComparison.Ordinal);
        Assert.Equal("fail", (string?)rules.Single(r => (string?)r!["id"] == "two-approvals")!["outcome"]);

        repo.Ok("waive", "--rules", "source:web", "--digest", Pipeline.Final, "--reason", "retraining scheduled", "--expires",
            Governance.Core.Evaluation.Format.Time(repo.Now.AddDays(7)), "--key", repo.Key("risk"), "--recorder-key", repo.Key("recorder"));
        Assert.Equal(1, Check(repo, policy).Exit);
        Pipeline.Approve(repo, "alice");
        Pipeline.Approve(repo, "bob");

        Assert.Equal(0, Check(repo, policy).Exit);
    }

    private static GovernResult Check(GovernedRepo repo, string policy) =>
        repo.Run("check", "--policy", policy, "--model", "support-bot", "--digest", Pipeline.Final, "--environment", "production", "--repo", ".", "--no-record", "--format", "json");
}
