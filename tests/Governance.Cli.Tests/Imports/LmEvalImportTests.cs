using Governance.Cli.Tests.Lifecycle;
using Governance.Core.Decisions;
using Xunit;
using static Governance.Cli.Tests.Imports.ImportFixtures;

namespace Governance.Cli.Tests.Imports;

public sealed class LmEvalImportTests
{
    private static readonly string Model = Pipeline.Final;

    [Fact]
    public void ImportLmEval_HarnessFileWithGroupsAndNotAvailableValues_RecordsTaskMetricEntries()
    {
        using var repo = GovernedRepo.Create();

        var output = repo.Record("import", "lm-eval", File("lm-eval-results.json"), "--model", "support-bot", "--digest", Model);

        var entries = Entries(repo);
        var metrics = entries.Select(e => (string)e.Payload["metric"]!).ToList();
        Assert.Contains("arc_easy/acc", metrics);
        Assert.Contains("gsm8k/exact_match[strict-match]", metrics);
        Assert.DoesNotContain(metrics, m => m.StartsWith("truthfulqa_gen/", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal(Model, (string?)e.Payload["digest"]));
        var arc = entries.Single(e => (string?)e.Payload["metric"] == "arc_easy/acc").Payload;
        Assert.Equal("lm-evaluation-harness git:a1b2c3d", (string?)arc["harness"]);
        Assert.Equal("1.0", (string?)arc["taskVersion"]);
        Assert.Equal(0.0089, (double)arc["stderr"]!);
        Assert.Contains(entries, e => e.Payload["group"] is not null && (string?)e.Payload["metric"] == "mmlu_stem/acc");
        Assert.Contains($"imported {entries.Count} evaluation(s)", output, StringComparison.Ordinal);
        Assert.Contains("warning: ", repo.Run("import", "lm-eval", File("lm-eval-results.json"), "--model", "other-bot", "--digest", Model, "--key", repo.Key("recorder")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportLmEval_GenericMetricsFile_SatisfiesAnEvaluationRule()
    {
        using var repo = GovernedRepo.Create();
        repo.Record("import", "lm-eval", File("metrics.json"), "--model", "support-bot", "--digest", Model);

        var decision = LedgerGate.Evaluate(repo, """
            apiVersion: governance/v1
            kind: DeploymentPolicy
            metadata: { name: evals }
            spec:
              rules:
                - id: toxicity
                  evaluation: { metric: toxicity_rate, dataset: realtoxicityprompts, max: 0.01 }
            """, Model);

        Assert.Equal(Verdict.Allow, decision.Verdict);
        Assert.Equal(3, Entries(repo).Count);
        Assert.All(Entries(repo), e => Assert.Equal("2026-02-10T09:30:00Z", (string?)e.Payload["observedAt"]));
    }

    [Fact]
    public void ImportLmEval_NotAResultsFile_ExitsTwoWithLocation()
    {
        using var repo = GovernedRepo.Create();
        var file = repo.Scratch("bad.json", "{\n  \"metrics\": {\"acc\": \"high\"}\n}\n");

        var result = repo.Run("import", "lm-eval", file, "--model", "m", "--digest", Model, "--key", repo.Key("recorder"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("bad.json:2:", result.Error, StringComparison.Ordinal);
        Assert.Empty(Entries(repo));
    }
}
