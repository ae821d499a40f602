using Governance.Workflows.Recording;
using System.Text.Json.Nodes;
using Governance.Cli.Tests.Lifecycle;
using Governance.Ledger.Entries;
using Governance.Ledger.Writing;
using Xunit;
using static Governance.Cli.Tests.Imports.ImportFixtures;

namespace Governance.Cli.Tests.Imports;

public sealed class TrailImportTests
{
    [Fact]
    public void ImportTrail_IntactWithAnchor_ImportsEveryEventKeepingCurrHashesAndRecordsTheHead()
    {
        using var repo = GovernedRepo.Create();

        var output = repo.Record("import", "llm-audit-trail", File("intact.jsonl"), "--anchor", File("intact.jsonl.anchor"));

        Assert.Contains("verified 13 record(s) (sha256, anchor matched); imported 13 new event(s)", output, StringComparison.Ordinal);
        var entries = Entries(repo);
        Assert.Equal(14, entries.Count);
        Assert.Equal(Lines("intact.jsonl").Select(CurrHashOf), entries.Take(13).Select(CurrHash));
        Assert.Equal(
            ["dataset.registered/v1", "external.event/v1", "training.started/v1", "external.event/v1", "external.event/v1", "external.event/v1", "training.completed/v1",
             "external.event/v1", "external.event/v1", "external.event/v1", "external.event/v1", "external.event/v1", "deployment.completed/v1", "trail.imported/v1"],
            entries.Select(e => e.Type));
        var head = entries[^1].Payload;
        Assert.Equal(12, (long)head["head"]!["seq"]!);
        Assert.Equal(CurrHashOf(Lines("intact.jsonl")[^1]), (string?)head["head"]!["curr_hash"]);
        Assert.Equal(13, (int)head["events"]!);
        Assert.Equal("approval.granted/v1", (string?)entries[7].Payload["mappedType"]);
        Assert.Equal("Approval", (string?)entries[7].Payload["kind"]);
        Assert.Equal("sha256:" + string.Concat(Enumerable.Repeat("ab", 32)), (string?)entries[0].Payload["digest"]);
    }

    [Fact]
    public void ImportTrail_ForeignApproval_NeverCountsAsASignedApproval()
    {
        using var repo = GovernedRepo.Create();
        repo.Record("import", "llm-audit-trail", File("intact.jsonl"));

        var target = new LedgerTarget(repo.Path, null, null, null);
        var evidence = LedgerEvidence.Read(target, PrincipalsFile.LoadTrust(target), TimeProvider.System).Evidence;

        Assert.Empty(evidence.Approvals);
        Assert.Empty(evidence.Waivers);
        Assert.Equal("bank-faq", Assert.Single(evidence.Datasets).Id);
        Assert.Equal("production", Assert.Single(evidence.Deployments).Environment);
    }

    [Fact]
    public void ImportTrail_SameTrailTwice_ImportsNothingNew()
    {
        using var repo = GovernedRepo.Create();
        repo.Record("import", "llm-audit-trail", File("intact.jsonl"));

        var again = repo.Record("import", "llm-audit-trail", File("intact.jsonl"));

        Assert.Contains("nothing new to import", again, StringComparison.Ordinal);
        Assert.Equal(14, Entries(repo).Count);
    }

    [Fact]
    public void ImportTrail_GrownTrail_ImportsOnlyTheNewRecordsAndTheNewHead()
    {
        using var repo = GovernedRepo.Create();
        var lines = Lines("intact.jsonl");
        repo.Record("import", "llm-audit-trail", Variant(repo, "prefix.jsonl", lines.Take(7)));

        var output = repo.Record("import", "llm-audit-trail", File("intact.jsonl"));

        Assert.Contains("imported 6 new event(s)", output, StringComparison.Ordinal);
        var entries = Entries(repo);
        Assert.Equal(7 + 1 + 6 + 1, entries.Count);
        Assert.Equal(lines.Select(CurrHashOf), entries.Where(e => CurrHash(e) is not null).Select(CurrHash));
        Assert.Equal([6L, 12L], entries.Where(e => e.Type == EntryTypes.TrailImported).Select(e => (long)e.Payload["head"]!["seq"]!));
    }

    [Theory]
    [InlineData("edited", 3, "HashMismatch")]
    [InlineData("deleted", 5, "BrokenLink")]
    [InlineData("reordered", 5, "Reordered")]
    [InlineData("truncated", 11, "Truncated")]
    public void ImportTrail_Tampered_ExitsOneWithLineAndReasonImportingNothing(string tampering, int line, string kind)
    {
        using var repo = GovernedRepo.Create();
        var lines = Lines("intact.jsonl").ToList();
        switch (tampering)
        {
            case "edited":
                lines[2] = lines[2].Replace("\"seed\":42", "\"seed\":43", StringComparison.Ordinal);
                break;
            case "deleted":
                lines.RemoveAt(4);
                break;
            case "reordered":
                (lines[4], lines[5]) = (lines[5], lines[4]);
                break;
            default:
                lines.RemoveRange(11, 2);
                break;
        }

        var result = repo.Run("import", "llm-audit-trail", Variant(repo, "trail.jsonl", lines), "--anchor", File("intact.jsonl.anchor"), "--key", repo.Key("recorder"));

        Assert.Equal(1, result.Exit);
        Assert.Contains($"trail.jsonl:{line}", result.Error, StringComparison.Ordinal);
        Assert.Contains($"({kind}); nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Empty(Entries(repo));
    }

    [Fact]
    public void ImportTrail_TruncatedWithoutAnchor_ImportsTheRestAndWarnsThatTruncationIsUndetectable()
    {
        using var repo = GovernedRepo.Create();

        var result = repo.Run("import", "llm-audit-trail", Variant(repo, "trail.jsonl", Lines("intact.jsonl").Take(11)), "--key", repo.Key("recorder"));

        Assert.Equal(0, result.Exit);
        Assert.Contains("no --anchor given", result.Error, StringComparison.Ordinal);
        Assert.Equal(12, Entries(repo).Count);
    }

    [Fact]
    public void ImportTrail_KeyedWithKey_Imports()
    {
        using var repo = GovernedRepo.Create();
        repo.Environment["TRAIL_KEY"] = HmacKey;

        var output = repo.Record("import", "llm-audit-trail", File("keyed.jsonl"), "--hmac-key-env", "TRAIL_KEY", "--anchor", File("keyed.jsonl.anchor"));

        Assert.Contains("(hmac-sha256, anchor matched)", output, StringComparison.Ordinal);
        Assert.Equal("hmac-sha256", (string?)Entries(repo)[^1].Payload["hash_alg"]);
    }

    [Theory]
    [InlineData("keyed-downgraded.jsonl", HmacKey, "AlgorithmDowngrade")]
    [InlineData("keyed.jsonl", "wrong-key", "HmacMismatch")]
    [InlineData("keyed.jsonl", null, "AlgorithmMismatch")]
    public void ImportTrail_KeyedTrailWithoutTheRightKeyOrDowngraded_ExitsOne(string file, string? key, string kind)
    {
        using var repo = GovernedRepo.Create();
        string[] args = ["import", "llm-audit-trail", File(file), "--key", repo.Key("recorder")];
        if (key is not null)
        {
            repo.Environment["TRAIL_KEY"] = key;
            args = [.. args, "--hmac-key-env", "TRAIL_KEY"];
        }

        var result = repo.Run(args);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"{file}:1: ", result.Error, StringComparison.Ordinal);
        Assert.Contains($"({kind})", result.Error, StringComparison.Ordinal);
        Assert.Empty(Entries(repo));
    }

    [Fact]
    public void ImportTrail_HmacKeyVariableUnset_ExitsTwo()
    {
        using var repo = GovernedRepo.Create();

        var result = repo.Run("import", "llm-audit-trail", File("keyed.jsonl"), "--hmac-key-env", "NOT_SET", "--key", repo.Key("recorder"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("environment variable NOT_SET is not set", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportTrail_LegacyPaperEraTrail_ImportsWithoutSeq()
    {
        using var repo = GovernedRepo.Create();

        repo.Record("import", "llm-audit-trail", File("legacy.jsonl"));

        var entries = Entries(repo);
        Assert.Equal(5, entries.Count);
        Assert.All(entries.Take(4), e => Assert.Null(e.Payload["imported"]!["seq"]));
        Assert.Null(entries[^1].Payload["head"]!["seq"]);
        Assert.Equal(CurrHashOf(Lines("legacy.jsonl")[^1]), (string?)entries[^1].Payload["head"]!["curr_hash"]);
        Assert.IsType<JsonObject>(entries[0].Payload["imported"]);
    }
}
