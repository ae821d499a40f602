using Governance.Cli.Tests.Attacks;

namespace Governance.Cli.Tests.Ledger;

/// <summary>Issue 10, "writers check before they write": refusals leave the ledger as it was.</summary>
public sealed class WriterPreflightTests
{
    [Fact]
    public void RecordTraining_MalformedInputPin_ExitsTwoAndWritesNothing()
    {
        using var repo = RoleAttackTests.Recorded();
        var before = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");

        var result = repo.Govern("record", "training", "--stage", "sft", "--output", Govern.Digest, "--input", "ds:x@sha256:abc", "--key", "keys/recorder.pem");

        Assert.Equal(2, result.Exit);
        Assert.Contains("pins a malformed digest", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, repo.Repo.GitOut("rev-parse", "refs/governance/ledger"));
    }

    [Fact]
    public void RecordTraining_UnknownDataset_ExitsTwoAndWritesNothing()
    {
        using var repo = RoleAttackTests.Recorded();
        var before = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");

        var result = repo.Govern("record", "training", "--stage", "sft", "--output", Govern.Digest, "--input", "ds:never-registered", "--key", "keys/recorder.pem");
        var known = repo.Govern("record", "training", "--stage", "sft", "--output", Govern.Digest, "--input", "ds:web-2025", "--key", "keys/recorder.pem");

        Assert.Equal(2, result.Exit);
        Assert.Contains("dataset ds:never-registered is not registered in the ledger", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, known.Exit);
        Assert.NotEqual(before, repo.Repo.GitOut("rev-parse", "refs/governance/ledger"));
    }

    [Fact]
    public void RecordEntry_PayloadThatIsNotFaithfullyCanonical_ExitsTwo()
    {
        using var repo = RoleAttackTests.Recorded();
        var before = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");

        var duplicate = repo.Govern("record", "entry", "incident.opened", "--payload", "{\"title\":\"a\",\"title\":\"b\",\"severity\":\"high\"}", "--key", "keys/recorder.pem");
        var lossy = repo.Govern("record", "entry", "external.event", "--payload", "{\"source\":\"x\",\"count\":12345678901234567890123}", "--key", "keys/recorder.pem");

        Assert.Equal(2, duplicate.Exit);
        Assert.Contains("appears twice", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal(2, lossy.Exit);
        Assert.Equal(before, repo.Repo.GitOut("rev-parse", "refs/governance/ledger"));
    }

    [Fact]
    public void Approve_WithoutRecorderKey_ExitsTwoNamingTheOption()
    {
        using var repo = RoleAttackTests.Recorded();

        var result = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/alice.pem");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--recorder-key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_PersonKeyAfterItsValidBefore_ExitsTwo()
    {
        using var repo = RoleAttackTests.Recorded();
        var signers = File.ReadAllText(Path.Combine(repo.Path, ".governance", "allowed_signers"))
            .Replace("alice@acme.example namespaces=\"governance-attestation\"", "alice@acme.example namespaces=\"governance-attestation\",valid-before=\"20260101\"", StringComparison.Ordinal);
        repo.Write(".governance/allowed_signers", signers);
        repo.Repo.GitOut("commit", "-qam", "alice's key expired");

        var result = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/alice.pem", "--recorder-key", "keys/recorder.pem");

        Assert.Equal(2, result.Exit);
    }
}
