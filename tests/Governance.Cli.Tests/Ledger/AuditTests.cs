using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Ledger;

public sealed class AuditTests
{
    private const string Digest = "sha256:1111111111111111111111111111111111111111111111111111111111111111";

    private static LedgerRepo Recorded()
    {
        var repo = LedgerRepo.Create();
        Assert.Equal(0, repo.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "allow.json"), "--key", "keys/recorder.pem").Exit);
        return repo;
    }

    [Fact]
    public void AuditVerify_IntactLedger_ExitsZero()
    {
        using var repo = Recorded();

        var result = repo.Govern("audit", "verify");

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("intact: 16 entries, root ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_EntryRewrittenByUntrustedKey_ExitsOneNamingTheEntry()
    {
        using var repo = Recorded();
        using var attacker = LedgerRepo.Create();
        Assert.Equal(0, attacker.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "allow.json"), "--key", "keys/recorder.pem").Exit);
        repo.Repo.GitOut("fetch", "-q", attacker.Path, "+refs/governance/ledger:refs/governance/ledger");

        var result = repo.Govern("audit", "verify");

        Assert.Equal(1, result.Exit);
        Assert.StartsWith("TAMPERED at entry 1: untrusted-signer:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_TruncatedToAnEarlierBatch_PassesAloneButFailsAgainstTrustedCheckpoint()
    {
        using var repo = Recorded();
        Assert.Equal(0, repo.Govern("record", "evaluation", "--model", "m", "--digest", Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/recorder.pem").Exit);
        repo.Write("trusted.checkpoint", repo.Govern("audit", "checkpoint").Output);
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", "refs/governance/ledger~1");

        var alone = repo.Govern("audit", "verify");
        var anchored = repo.Govern("audit", "verify", "--trusted-checkpoint", "trusted.checkpoint");

        Assert.Equal(0, alone.Exit);
        Assert.Equal(1, anchored.Exit);
        Assert.Contains("rolled-back", anchored.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_TruncatedInsideABatch_FailsEvenWithoutTrustedCheckpoint()
    {
        using var repo = Recorded();
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", "refs/governance/ledger~3");

        var result = repo.Govern("audit", "verify");

        Assert.Equal(1, result.Exit);
        Assert.StartsWith("TAMPERED at entry 14: rolled-back: the ledger ends at entry 13, which carries no checkpoint", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OverTamperedLedger_ExitsTwoWithoutADecision()
    {
        using var repo = Recorded();
        using var attacker = LedgerRepo.Create();
        attacker.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "allow.json"), "--key", "keys/recorder.pem");
        repo.Repo.GitOut("fetch", "-q", attacker.Path, "+refs/governance/ledger:refs/governance/ledger");

        var result = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("the ledger failed verification at entry 1", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void AuditProve_InclusionAndConsistency_VerifyOfflineAndDetectTampering()
    {
        using var repo = Recorded();
        repo.Write("inclusion.json", repo.Govern("audit", "prove", "--inclusion", "5", "--format", "json").Output);
        repo.Write("consistency.json", repo.Govern("audit", "prove", "--consistency", "9", "--format", "json").Output);

        var inclusion = repo.Govern("audit", "verify-proof", "inclusion.json", "--allowed-signers", ".governance/allowed_signers");
        var consistency = repo.Govern("audit", "verify-proof", "consistency.json", "--allowed-signers", ".governance/allowed_signers");
        repo.Write("forged.json", File.ReadAllText(Path.Combine(repo.Path, "inclusion.json")).Replace("\"seq\": 5", "\"seq\": 6", StringComparison.Ordinal));
        var forged = repo.Govern("audit", "verify-proof", "forged.json");

        Assert.Equal(0, inclusion.Exit);
        Assert.Contains("checkpoint signed by SHA256:", inclusion.Output, StringComparison.Ordinal);
        Assert.Equal(0, consistency.Exit);
        Assert.Equal(1, forged.Exit);
    }

    [Fact]
    public void AuditLog_FiltersAndPrintsOneJsonObjectPerEntryWithSigner()
    {
        using var repo = Recorded();
        repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/alice.pem", "--recorder-key", "keys/recorder.pem");

        var result = repo.Govern("audit", "log", "--type", "approval.granted", "--format", "json");

        var lines = result.Output.Trim().Split('\n');
        Assert.Equal(4, lines.Length);
        using var last = System.Text.Json.JsonDocument.Parse(lines[^1]);
        Assert.Equal("alice@acme.example", last.RootElement.GetProperty("signer").GetString());
        Assert.Equal(17, last.RootElement.GetProperty("seq").GetInt64());
    }

    [Fact]
    public void AuditPushPull_ThroughBareOrigin_MovesTheLedger()
    {
        using var origin = TempGitRepository.CreateBare();
        using var repo = Recorded();
        repo.Repo.GitOut("remote", "add", "origin", origin.Path);

        var pushed = repo.Govern("audit", "push", "--key", "keys/recorder.pem");
        using var clone = TempGitRepository.Clone(origin);
        var pulled = Govern.RunIn(clone.Path, "audit", "pull");

        Assert.Equal(0, pushed.Exit);
        Assert.Equal(0, pulled.Exit);
        Assert.Equal("ledger at entry 16\n", pulled.Output);
        Assert.Equal(repo.Repo.GitOut("rev-parse", "refs/governance/ledger"), clone.GitOut("rev-parse", "refs/governance/ledger"));
    }
}
