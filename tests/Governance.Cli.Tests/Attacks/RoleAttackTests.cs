using System.Text.Json.Nodes;
using Governance.Cli.Tests.Ledger;
using Governance.Ledger.Entries;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.Attacks;

/// <summary>Issue 10, "every principal is a full recorder": only recorder keys write ledger commits and checkpoints.</summary>
public sealed class RoleAttackTests
{
    [Fact]
    public void PersonKeyWithGitNamespace_ForgesCommitWithStockGit_UntrustedSignerAndNoDecision()
    {
        using var repo = Recorded();
        // alice's line is an old-style one granting both namespaces: stock git accepts her commit signature.
        var signers = File.ReadAllText(Path.Combine(repo.Path, ".governance", "allowed_signers"))
            .Replace("alice@acme.example namespaces=\"governance-attestation\"", "alice@acme.example namespaces=\"git,governance-attestation\"", StringComparison.Ordinal);
        repo.Write(".governance/allowed_signers", signers);
        repo.Repo.GitOut("commit", "-qam", "old-style line for alice");
        Attacker.Append(repo, "keys/alice.pem", null, Attacker.Draft(EntryTypes.EvaluationRecorded, new EntrySubject(Digest: Govern.Digest),
            new JsonObject { ["metric"] = "toxicity_rate", ["value"] = 0.001, ["dataset"] = "realtoxicityprompts", ["digest"] = Govern.Digest }));
        var forged = Attacker.ResignTipWithStockGit(repo, "keys/alice.pem");

        Assert.Contains("Good \"git\" signature for alice@acme.example", repo.Repo.Git("-c", "gpg.ssh.allowedSignersFile=.governance/allowed_signers", "verify-commit", forged).StdErr, StringComparison.Ordinal);
        Attacker.AssertCaught(repo, "untrusted-signer");
        Assert.Contains("alice@acme.example", repo.Govern("audit", "verify").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonKey_WritesApprovalCommitWithItsOwnValidStatement_UntrustedSigner()
    {
        using var repo = Recorded();
        var approved = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/bob.pem", "--recorder-key", "keys/recorder.pem");
        Assert.Equal(0, approved.Exit);
        var bobs = Attacker.Entry(repo, Attacker.Tip(repo));
        var envelope = Attacker.Envelope(repo, bobs.Entry.Seq);
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", "refs/governance/ledger~1");

        // bob now writes the same entry himself: a valid statement, but a person's key on the commit.
        Attacker.Append(repo, "keys/bob.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, new EntrySubject("support-bot-v3", Govern.Digest), bobs.Entry.Payload, envelope));

        Attacker.AssertCaught(repo, "untrusted-signer");
    }

    [Fact]
    public void KeysGenerate_Roles_PrintTheMatchingAllowedSignersLine()
    {
        using var dir = new TempDirectory();

        var recorder = Govern.RunIn(dir.Path, "keys", "generate", "--out", "ci.pem", "--principal", "ci@acme.example", "--role", "recorder");
        var person = Govern.RunIn(dir.Path, "keys", "generate", "--out", "alice.pem", "--principal", "alice@acme.example", "--role", "person");
        var unknown = Govern.RunIn(dir.Path, "keys", "generate", "--out", "x.pem", "--principal", "x@acme.example", "--role", "admin");

        Assert.Matches("^ci@acme.example namespaces=\"git\" ecdsa-sha2-nistp256 AAAA\\S+\n$", recorder.Output);
        Assert.Contains("ci@acme.example: { recorder: true }", recorder.Error, StringComparison.Ordinal);
        Assert.Matches("^alice@acme.example namespaces=\"governance-attestation\" ecdsa-sha2-nistp256 AAAA\\S+\n$", person.Output);
        Assert.Equal(2, unknown.Exit);
    }

    [Fact]
    public void Approve_PersonKeyTrimmedToGit_ExitsTwoWithTheLineToFixAndLedgerUnchanged()
    {
        using var repo = Recorded();
        var signers = File.ReadAllText(Path.Combine(repo.Path, ".governance", "allowed_signers"))
            .Replace("alice@acme.example namespaces=\"governance-attestation\"", "alice@acme.example namespaces=\"git\"", StringComparison.Ordinal);
        repo.Write(".governance/allowed_signers", signers);
        repo.Repo.GitOut("commit", "-qam", "trimmed line");
        var before = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");

        var result = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/alice.pem", "--recorder-key", "keys/recorder.pem");

        Assert.Equal(2, result.Exit);
        Assert.Contains("namespaces=\"governance-attestation\"", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, repo.Repo.GitOut("rev-parse", "refs/governance/ledger"));
        Assert.Equal(0, repo.Govern("audit", "verify").Exit);
    }

    [Fact]
    public void Record_RecorderLineTrimmedToAttestation_ExitsTwoWithTheLineToFixAndLedgerUnchanged()
    {
        using var repo = Recorded();
        var signers = File.ReadAllText(Path.Combine(repo.Path, ".governance", "allowed_signers"))
            .Replace("recorder@acme.example namespaces=\"git\"", "recorder@acme.example namespaces=\"governance-attestation\"", StringComparison.Ordinal);
        repo.Write(".governance/allowed_signers", signers);
        repo.Repo.GitOut("commit", "-qam", "trimmed recorder line");
        var before = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");

        var result = repo.Govern("record", "evaluation", "--digest", Govern.Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/recorder.pem");

        Assert.Equal(2, result.Exit);
        Assert.Contains("untrusted-signer", result.Error, StringComparison.Ordinal);
        Assert.Contains("recorder@acme.example namespaces=\"git\" ecdsa-sha2-nistp256", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, repo.Repo.GitOut("rev-parse", "refs/governance/ledger"));
    }

    /// <summary>A ledger holding deny.json's evidence without its approvals (so approvals in the test decide), plus the signed model card.</summary>
    internal static LedgerRepo Recorded()
    {
        var repo = LedgerRepo.Create();
        var evidence = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("examples", "evidence", "deny.json")))!.AsObject();
        evidence.Remove("approvals");
        repo.Write("evidence.json", evidence.ToJsonString());
        Assert.Equal(0, repo.Govern("record", "--from-evidence", "evidence.json", "--key", "keys/recorder.pem").Exit);
        Assert.Equal(0, repo.AttestModelCard().Exit);
        return repo;
    }
}
