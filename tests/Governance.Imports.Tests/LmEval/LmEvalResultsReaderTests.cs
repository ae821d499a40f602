using Governance.Imports.LmEval;

namespace Governance.Imports.Tests.LmEval;

public sealed class LmEvalResultsReaderTests
{
    private static IReadOnlyList<ImportedEvaluation> ReadFixture(string name) => LmEvalResultsReader.ReadFile(TrailFixtures.PathOf(name));

    [Fact]
    public void ReadFile_HarnessV04WithGroups_ReadsEveryNumericMetricOnce()
    {
        var metrics = ReadFixture("lm-eval-results.json").Select(e => $"{e.Metric}={e.Value}");

        Assert.Equal(
        [
            "arc_easy/acc=0.7512", "arc_easy/acc_norm=0.7201", "gsm8k/exact_match[flexible-extract]=0.4321",
            "gsm8k/exact_match[strict-match]=0.4124", "mmlu/acc=0.6234", "mmlu_anatomy/acc=0.5", "mmlu_astronomy/acc=1",
            "mmlu_stem/acc=0.55",
        ], metrics);
    }

    [Fact]
    public void ReadFile_HarnessV04_KeepsTaskContextAndRunMetadata()
    {
        var arc = ReadFixture("lm-eval-results.json")[0];

        Assert.Equal(("arc_easy", "1.0", 0, 0.0089), (arc.Dataset, arc.TaskVersion, arc.NumFewShot!.Value, arc.Stderr!.Value));
        Assert.Equal(("acme/support-bot-7b", "git:a1b2c3d"), (arc.Model, arc.HarnessVersion));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 0, 0, 500, TimeSpan.Zero), arc.Time);
        Assert.False(arc.IsGroup);
    }

    [Fact]
    public void ReadFile_NaOrNanStderr_LeavesStderrEmpty()
    {
        var evaluations = ReadFixture("lm-eval-results.json");

        Assert.Null(evaluations.Single(e => e.Metric == "mmlu_anatomy/acc").Stderr);
        Assert.Null(evaluations.Single(e => e.Metric == "mmlu_astronomy/acc").Stderr);
        Assert.Equal("Yaml", evaluations.Single(e => e.Metric == "mmlu_astronomy/acc").TaskVersion);
        Assert.DoesNotContain(evaluations, e => e.Dataset == "truthfulqa_gen");
    }

    [Fact]
    public void ReadFile_GroupAggregates_AreMarkedAsGroups()
    {
        var evaluations = ReadFixture("lm-eval-results.json");

        Assert.Equal(["mmlu/acc", "mmlu_stem/acc"], evaluations.Where(e => e.IsGroup).Select(e => e.Metric));
        Assert.Equal(5, evaluations.Single(e => e.Metric == "gsm8k/exact_match[strict-match]").NumFewShot);
    }

    [Fact]
    public void ReadFile_HarnessV03WithoutFilters_ReadsMetricsAndVersion()
    {
        var evaluations = ReadFixture("lm-eval-v03-results.json");

        Assert.Equal(["hellaswag/acc=0.5±0.01", "hellaswag/acc_norm=0.6±0.011"], evaluations.Select(e => $"{e.Metric}={e.Value}±{e.Stderr}"));
        Assert.Equal(("0.3.0", "gpt2", "0"), (evaluations[0].HarnessVersion, evaluations[0].Model, evaluations[0].TaskVersion));
        Assert.Null(evaluations[0].Time);
    }

    [Fact]
    public void ReadFile_GenericMetricsFile_ReadsNamesAsWritten()
    {
        var evaluations = ReadFixture("metrics.json");

        Assert.Equal(["accuracy=0.87", "latency_p95_ms=640", "toxicity_rate=0.004"], evaluations.Select(e => $"{e.Metric}={e.Value}"));
        Assert.All(evaluations, e => Assert.Equal(("realtoxicityprompts", "support-bot-7b"), (e.Dataset, e.Model)));
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 9, 30, 0, TimeSpan.Zero), evaluations[0].Time);
    }

    [Theory]
    [InlineData("{\n  \"results\": {\n    \"arc\": {\"acc,none\": 0.5,}\n  }\n}", 3, 29, "malformed JSON")]
    [InlineData("[1]", 1, 1, "expected a JSON object")]
    [InlineData("{\"other\": 1}", 1, 1, "neither an lm-evaluation-harness")]
    [InlineData("{\"results\": {\"arc\": {\"acc,none\": \"N/A\"}}}", 1, 13, "no numeric metrics")]
    [InlineData("{\"results\": []}", 1, 13, "must be objects")]
    [InlineData("{\"metrics\": {}}", 1, 13, "non-empty object")]
    [InlineData("{\"metrics\": {\n  \"acc\": \"high\"\n}}", 2, 10, "metric \"acc\" must be a finite number")]
    [InlineData("{\"metrics\": {\"acc\": NaN}}", 1, 21, "must be a finite number")]
    [InlineData("{\"time\": \"yesterday\", \"metrics\": {\"acc\": 1}}", 1, 10, "not an RFC 3339")]
    public void Read_BadFile_ThrowsWithFileLineAndColumn(string json, int line, int column, string reason)
    {
        var error = Assert.Throws<ImportFormatException>(() => LmEvalResultsReader.Read(json, "results.json"));

        Assert.Equal(("results.json", line, column), (error.File, error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"results.json:{line}:{column}: ", error.Message, StringComparison.Ordinal);
    }
}
