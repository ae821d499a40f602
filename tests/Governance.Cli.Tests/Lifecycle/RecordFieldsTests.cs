using System.Text.Json.Nodes;
using Governance.Ledger.Storage;
using Xunit;

namespace Governance.Cli.Tests.Lifecycle;

public sealed class RecordFieldsTests
{
    [Fact]
    public void RecordTraining_TypedOptions_StoreStageKindInputsWeightsAndParameters()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Train(repo);

        var payload = Payload(repo, 6);

        Assert.Equal("preference", (string?)payload["stageKind"]);
        Assert.Equal(Pipeline.Final, (string?)payload["output"]);
        Assert.Equal(
            $$"""[{"digest":"{{Pipeline.Sft}}","id":"{{Pipeline.Sft}}","kind":"model"},{"digest":"{{Pipeline.Prefs}}","id":"prefs","kind":"dataset","weight":0.9},{"digest":"{{Pipeline.Chat}}","id":"chat","kind":"dataset","replay":true,"weight":0.1}]""",
            Canonical(payload["inputs"]!));
        Assert.Equal("""{"epochs":1,"lr":0.0003}""", Canonical(Payload(repo, 4)["parameters"]!));
        Assert.Equal("0a1b2c3", (string?)Payload(repo, 4)["codeCommit"]);
    }

    [Fact]
    public void RecordDatasetAndDeployment_TypedOptions_StoreAccountabilityMetadata()
    {
        using var repo = GovernedRepo.Create();
        Pipeline.Release(repo);

        var dataset = Payload(repo, 1);
        var deployment = Payload(repo, 10);

        Assert.Equal("""{"digest":"sha256:1111111111111111111111111111111111111111111111111111111111111111","id":"web","license":"CC-BY-4.0","pii":"low","provenanceTag":"WEB","riskLabels":["scraped"],"uri":"s3://corpus/web","version":"2026.01"}""", Canonical(dataset));
        Assert.Equal(Pipeline.D('e'), (string?)deployment["configDigest"]);
        Assert.Equal(Pipeline.D('f'), (string?)deployment["promptTemplate"]);
        Assert.Equal("""{"temperature":0.2}""", Canonical(deployment["decoding"]!));
        Assert.Equal("""["WMDP"]""", Canonical(deployment["refusalSet"]!));
    }

    [Theory]
    [InlineData("missing inputs: give at least one --input", "record", "training", "--digest", "sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "--stage", "sft")]
    [InlineData("--content-digest: 'md5:x' is not a digest", "record", "dataset", "--dataset", "web", "--content-digest", "md5:x")]
    [InlineData("--input: 'weight=x' in 'web,weight=x'", "record", "training", "--digest", "sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc", "--stage", "sft", "--input", "web,weight=x")]
    [InlineData("missing environment", "record", "deployment", "--model", "m", "--digest", "sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc")]
    public void Record_InvalidLifecycleFields_ExitsTwoBeforeSigning(string message, params string[] args)
    {
        using var repo = GovernedRepo.Create();

        var result = repo.Run([.. args, "--key", repo.Key("recorder")]);

        Assert.Equal(2, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal("", repo.Git.Git("rev-parse", "-q", "--verify", "refs/governance/ledger").StdOut.Trim());
    }

    private static JsonObject Payload(GovernedRepo repo, long seq)
    {
        using var store = new LedgerStore(repo.Path);
        var payload = store.ReadAll().Single(e => e.Entry.Seq == seq).Entry.Payload;
        return (JsonObject)payload.DeepClone();
    }

    private static string Canonical(JsonNode node) =>
        System.Text.Encoding.UTF8.GetString(Governance.Ledger.Canonical.JsonCanonicalizer.Canonicalize(node));
}
