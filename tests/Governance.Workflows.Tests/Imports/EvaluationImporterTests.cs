using Governance.Ledger.Entries;
using Governance.Testing.Builders;
using Governance.Workflows.Hosting;
using Governance.Workflows.Imports;

namespace Governance.Workflows.Tests.Imports;

public sealed class EvaluationImporterTests
{
    [Fact]
    public async Task ImportAsync_GenericMetrics_OneVerifiedEvaluationPerMetricForTheGivenDigest()
    {
        using var repo = new RecordingRepo();
        File.WriteAllText(Path.Combine(repo.Path, "results.json"), """{"metrics": {"accuracy": 0.91, "toxicity_rate": 0.002}}""");

        var result = await new EvaluationImporter(repo.Context()).ImportAsync(repo.Ledger, "results.json", "fraud", Some.Digest(3).ToString(), repo.Key("recorder"), CancellationToken.None);

        Assert.Equal(Some.Digest(3).ToString(), result.Digest);
        Assert.Equal(2, result.Appended.Count);
        Assert.All(result.Appended, a => Assert.Equal(EntryTypes.EvaluationRecorded, a.Entry.Type));
        var evaluations = repo.Verified().Evidence.Evaluations;
        Assert.Equal(2, evaluations.Count);
        Assert.All(evaluations, e => Assert.Equal(Some.Digest(3), e.Digest));
    }

    [Fact]
    public async Task ImportAsync_MalformedResults_RefusedWithTheFilesPlaceAndNoLedger()
    {
        using var repo = new RecordingRepo();
        File.WriteAllText(Path.Combine(repo.Path, "results.json"), "{\"metrics\": {\"accuracy\": }}");

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new EvaluationImporter(repo.Context()).ImportAsync(
            repo.Ledger, "results.json", "fraud", Some.Digest(3).ToString(), repo.Key("recorder"), CancellationToken.None));

        Assert.StartsWith("results.json:1:", refused.Message, StringComparison.Ordinal);
        Assert.Null(repo.Tip());
    }
}
