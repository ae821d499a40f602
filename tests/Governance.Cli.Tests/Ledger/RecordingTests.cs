using System.Text.Json;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Ledger;

public sealed class RecordingTests
{
    [Fact]
    public void KeysGenerate_WritesPrivateKeyWithMode0600AndPrintsAllowedSignersLine()
    {
        using var dir = new TempDirectory();

        var result = Govern.RunIn(dir.Path, "keys", "generate", "--out", "k.pem", "--principal", "ci@acme.example", "--role", "recorder");

        Assert.Equal(0, result.Exit);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dir.Path, "k.pem")));
        }

        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", File.ReadAllText(Path.Combine(dir.Path, "k.pem")), StringComparison.Ordinal);
        Assert.Matches("^ci@acme.example namespaces=\"git\" ecdsa-sha2-nistp256 AAAA\\S+\n$", result.Output);
        Assert.DoesNotContain("PRIVATE", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Equal(2, Govern.RunIn(dir.Path, "keys", "generate", "--out", "k.pem").Exit);
    }

    [Fact]
    public void RecordFromEvidence_EveryCommitVerifiesWithStockGit()
    {
        using var repo = LedgerRepo.Create();

        var result = repo.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "allow.json"), "--key", "keys/recorder.pem");

        Assert.Equal(0, result.Exit);
        Assert.Contains("recorded seq 16 deployment.completed/v1", result.Output, StringComparison.Ordinal);
        var marks = repo.Repo.GitOut("-c", "gpg.ssh.allowedSignersFile=.governance/allowed_signers", "log", "--format=%G?", "refs/governance/ledger");
        Assert.Equal(Enumerable.Repeat("G", 16), marks.Split('\n'));
        repo.Repo.Git("-c", "gpg.ssh.allowedSignersFile=.governance/allowed_signers", "verify-commit", "refs/governance/ledger").EnsureSuccess("verify-commit");
    }

    [Theory]
    [InlineData("allow.json", 0)]
    [InlineData("deny.json", 1)]
    public void Check_LedgerAfterRecordFromEvidence_SameVerdictAsTheFile(string file, int expected)
    {
        using var repo = LedgerRepo.Create();
        var evidence = RepositoryRoot.Combine("examples", "evidence", file);
        Assert.Equal(0, repo.Govern("record", "--from-evidence", evidence, "--key", "keys/recorder.pem").Exit);
        // The file's attestation is relayed, so no one signed it; release signs it in the ledger (trust v2).
        Assert.Equal(0, repo.AttestModelCard().Exit);

        var fromFile = Govern.Run(Govern.Check($"examples/evidence/{file}"));
        var fromLedger = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record"));

        Assert.Equal(expected, fromLedger.Exit);
        Assert.Equal(fromFile.Exit, fromLedger.Exit);
    }

    [Fact]
    public void RecordedOnBehalf_KeyWithoutRecorderRole_ExitsTwoAndWritesNothing()
    {
        using var repo = LedgerRepo.Create(recorderIsTrustedToVouch: false);

        var recorded = repo.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "allow.json"), "--key", "keys/recorder.pem");

        // Trust v2: without recorder: true the key writes nothing at all, so nothing can be relayed on anyone's behalf.
        Assert.Equal(2, recorded.Exit);
        Assert.Contains("untrusted-signer: recorder@acme.example is not a recorder", recorded.Error, StringComparison.Ordinal);
        Assert.Contains("recorder@acme.example: { recorder: true }", recorded.Error, StringComparison.Ordinal);
        Assert.False(repo.Repo.Git("rev-parse", "--verify", "-q", "refs/governance/ledger").ExitCode == 0);
    }

    [Fact]
    public void Approve_SignedApprovalsCountForTheirPrincipals()
    {
        using var repo = LedgerRepo.Create();
        repo.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "deny.json"), "--key", "keys/recorder.pem");
        repo.AttestModelCard();
        Assert.Equal(1, repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record")).Exit);

        var approved = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/bob.pem", "--recorder-key", "keys/recorder.pem", "--reason", "reviewed the eval report");
        var result = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record", "--explain"));

        Assert.Equal(0, approved.Exit);
        Assert.Equal(0, result.Exit);
        Assert.Contains("bob@acme.example: counts (acme/ml-governance", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_KeyNotInAllowedSigners_ExitsTwo()
    {
        using var repo = LedgerRepo.Create();
        repo.Govern("keys", "generate", "--out", "keys/mallory.pem", "--principal", "mallory@evil.example");

        var result = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/mallory.pem", "--recorder-key", "keys/recorder.pem");

        Assert.Equal(2, result.Exit);
        Assert.Contains("key may not sign statements", result.Error, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => repo.Repo.GitOut("rev-parse", "--verify", "-q", "refs/governance/ledger"));
    }

    [Fact]
    public void Check_RecordsTheDecisionAndReportsItInEveryFormat()
    {
        using var repo = LedgerRepo.Create();
        repo.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "allow.json"), "--key", "keys/recorder.pem");
        repo.AttestModelCard();

        var text = repo.Govern(repo.Check("--evidence", repo.Context(), "--key", "keys/recorder.pem"));
        var json = repo.Govern(repo.Check("--evidence", repo.Context(), "--key", "keys/recorder.pem", "--format", "json"));
        var markdown = repo.Govern(repo.Check("--evidence", repo.Context(), "--key", "keys/recorder.pem", "--format", "markdown"));

        Assert.Contains("recorded as ledger entry 18 (commit ", text.Output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Output);
        Assert.Equal(19, doc.RootElement.GetProperty("ledger").GetProperty("seq").GetInt64());
        Assert.Contains("ledger entry 20", markdown.Output, StringComparison.Ordinal);
        var last = repo.Govern("audit", "show", "18");
        Assert.Contains("\"decision\": \"allow\"", last.Output, StringComparison.Ordinal);
        Assert.Equal(0, repo.Govern("audit", "verify").Exit);
    }

    [Fact]
    public void Check_RecordingWithoutKey_ExitsTwoBeforeEvaluating()
    {
        using var repo = LedgerRepo.Create();

        var result = repo.Govern(repo.Check("--evidence", repo.Context()));

        Assert.Equal(2, result.Exit);
        Assert.Contains("pass --key <pem>, or --no-record", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Waive_ByWaiverApprover_WaivesFailingRule()
    {
        using var repo = LedgerRepo.Create();
        repo.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "deny.json"), "--key", "keys/recorder.pem");
        repo.AttestModelCard();

        var waived = repo.Govern("waive", "--rules", "two-governance-approvals", "--digest", Govern.Digest, "--expires", "2026-11-25T00:00:00Z", "--reason", "second reviewer on leave", "--key", "keys/rita.pem", "--recorder-key", "keys/recorder.pem");
        var result = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record"));

        Assert.Equal(0, waived.Exit);
        Assert.Equal(0, result.Exit);
        Assert.Contains("WAIVED  two-governance-approvals", result.Output, StringComparison.Ordinal);
    }
}
