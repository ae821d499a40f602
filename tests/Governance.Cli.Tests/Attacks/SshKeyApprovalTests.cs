using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Cli.Tests.Ledger;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Testing.Builders;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Attacks;

/// <summary>Issue 12 item 7a: people approve with the Ed25519 SSH key they have (ssh-keygen / ssh-agent); the recorder key still writes commits.</summary>
public sealed class SshKeyApprovalTests
{
    [Fact]
    public void Approve_Ed25519SshKey_VerifiesCountsAndStockSshKeygenVerifiesTheEnvelope()
    {
        using var repo = Repo(out var key);

        var approved = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--ssh-key", key, "--recorder-key", "keys/recorder.pem");

        Assert.True(approved.Exit == 0, approved.Error);
        Assert.Equal(0, repo.Govern("audit", "verify").Exit);
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record", "--explain"));
        Assert.Contains("bob@acme.example: counts (acme/ml-governance", check.Output, StringComparison.Ordinal);
        var envelope = Attacker.Envelope(repo, Attacker.Tip(repo));
        var pae = repo.Write("pae.bin", "");
        File.WriteAllBytes(Path.Combine(repo.Path, pae), Dsse.Pae(envelope.PayloadType, envelope.Payload.Span));
        var sig = repo.Write("approval.sig", "-----BEGIN SSH SIGNATURE-----\n" + Convert.ToBase64String(envelope.Signatures[0].Sig.Span) + "\n-----END SSH SIGNATURE-----\n");
        var stock = ProcessRunner.Run("bash", ["-c", $"ssh-keygen -Y verify -f .governance/allowed_signers -I bob@acme.example -n governance-attestation -s {sig} < {pae}"], repo.Path);
        Assert.True(stock.ExitCode == 0, stock.StdErr + stock.StdOut);
    }

    [Fact]
    public void Approve_PublicKeyWithPrivateHalfInSshAgent_CountsForItsPrincipal()
    {
        using var repo = Repo(out var key);
        var socket = Path.Combine(repo.Path, "keys", "agent.sock");
        using var agent = Process.Start(new ProcessStartInfo("ssh-agent", ["-D", "-a", socket]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        try
        {
            for (var i = 0; i < 100 && !File.Exists(socket); i++)
            {
                Thread.Sleep(50);
            }

            Assert.Equal(0, ProcessRunner.Run("bash", ["-c", $"SSH_AUTH_SOCK='{socket}' ssh-add -q '{key}'"], repo.Path).ExitCode);
            File.Delete(Path.Combine(repo.Path, key));

            var approved = Govern.RunWith(repo.Path, new Dictionary<string, string> { ["SSH_AUTH_SOCK"] = socket },
                "approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--ssh-key", key + ".pub", "--recorder-key", "keys/recorder.pem");

            Assert.True(approved.Exit == 0, approved.Error);
            Assert.Equal(0, repo.Govern("audit", "verify").Exit);
            Assert.Contains("bob@acme.example: counts", repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record", "--explain")).Output, StringComparison.Ordinal);
        }
        finally
        {
            agent.Kill();
        }
    }

    [Fact]
    public void Approve_SshKeyWithoutRecorderKey_ExitsTwoWithoutWriting()
    {
        using var repo = Repo(out var key);
        var before = Attacker.Tip(repo);

        var result = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--ssh-key", key);

        Assert.Equal(2, result.Exit);
        Assert.Contains("only a recorder key writes ledger commits", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Attacker.Tip(repo));
    }

    [Fact]
    public void Approve_Ed25519KeyNotAllowedToSignStatements_ExitsTwo()
    {
        using var repo = Repo(out _);
        var other = Keygen(repo, "mallory_ed25519");
        AllowLine(repo, "mallory@evil.example namespaces=\"git\" " + File.ReadAllText(Path.Combine(repo.Path, other + ".pub")).Trim());

        var result = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--ssh-key", other, "--recorder-key", "keys/recorder.pem");

        Assert.Equal(2, result.Exit);
        Assert.Contains("key may not sign statements", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RelayedSshStatement_Unchanged_VerifiesAndCounts()
    {
        using var repo = Repo(out var key);
        var payload = Payload("bob@acme.example");

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, Subject, payload, Sign(key, repo, payload)));

        Assert.Equal(0, repo.Govern("audit", "verify").Exit);
        Assert.Contains("bob@acme.example: counts", repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record", "--explain")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RelayedSshStatement_PayloadEditedAfterSigning_UntrustedSigner()
    {
        using var repo = Repo(out var key);
        var payload = Payload("bob@acme.example");
        var envelope = Sign(key, repo, payload);
        var edited = (JsonObject)payload.DeepClone();
        edited["reason"] = "edited";
        var forged = envelope with { Payload = BoundStatement.Create(EntryTypes.ApprovalGranted, Subject.ToJson(), edited, Some.Now, "00112233445566778899aabbccddeeff") };

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, Subject, edited, forged));

        Attacker.AssertCaught(repo, "untrusted-signer");
    }

    [Fact]
    public void RelayedSshStatement_SignedInNamespaceGit_UntrustedSigner()
    {
        using var repo = Repo(out var key);
        var payload = Payload("bob@acme.example");
        var statement = BoundStatement.Create(EntryTypes.ApprovalGranted, Subject.ToJson(), payload, Some.Now, "00112233445566778899aabbccddeeff");
        var git = ProcessRunner.Run("ssh-keygen", ["-q", "-Y", "sign", "-n", "git", "-f", Path.Combine(repo.Path, key)], repo.Path, Dsse.Pae(Dsse.InTotoPayloadType, statement)).EnsureSuccess("ssh-keygen -Y sign");
        var envelope = new DsseEnvelope(Dsse.InTotoPayloadType, statement, [new DsseSignature("", SshsigEd25519.Dearmor(git.StdOut))]);

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, Subject, payload, envelope));

        Attacker.AssertCaught(repo, "untrusted-signer");
    }

    [Fact]
    public void RelayedSshStatement_KeyNotInAllowedSigners_UntrustedSigner()
    {
        using var repo = Repo(out _);
        var other = Keygen(repo, "other_ed25519");
        var payload = Payload("bob@acme.example");

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, Subject, payload, Sign(other, repo, payload)));

        Attacker.AssertCaught(repo, "untrusted-signer");
    }

    [Fact]
    public void RelayedSshStatement_KeyListedForAnotherPrincipal_UntrustedSignerAndNotCounted()
    {
        using var repo = Repo(out _);
        var carol = Keygen(repo, "carol_ed25519");
        AllowLine(repo, "carol@acme.example namespaces=\"governance-attestation\" " + File.ReadAllText(Path.Combine(repo.Path, carol + ".pub")).Trim());
        var payload = Payload("bob@acme.example");

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, Subject, payload, Sign(carol, repo, payload)));

        Attacker.AssertCaught(repo, "untrusted-signer");
    }

    private static readonly EntrySubject Subject = new("support-bot-v3", Govern.Digest);

    private static JsonObject Payload(string approver) =>
        new() { ["approver"] = approver, ["digest"] = Govern.Digest, ["model"] = "support-bot-v3" };

    private static DsseEnvelope Sign(string key, LedgerRepo repo, JsonObject payload) =>
        new SshKeygenSigner(Path.Combine(repo.Path, key)).Sign(Dsse.InTotoPayloadType, BoundStatement.Create(EntryTypes.ApprovalGranted, Subject.ToJson(), payload, Some.Now, "00112233445566778899aabbccddeeff"));

    /// <summary>The recorded repo with bob's own Ed25519 key (stock ssh-keygen) allowed to sign statements as bob.</summary>
    private static LedgerRepo Repo(out string key)
    {
        var repo = RoleAttackTests.Recorded();
        key = Keygen(repo, "bob_ed25519");
        AllowLine(repo, "bob@acme.example namespaces=\"governance-attestation\" " + File.ReadAllText(Path.Combine(repo.Path, key + ".pub")).Trim());
        return repo;
    }

    private static void AllowLine(LedgerRepo repo, string line)
    {
        File.AppendAllText(Path.Combine(repo.Path, ".governance", "allowed_signers"), line + "\n", Encoding.UTF8);
        repo.Repo.GitOut("add", ".governance/allowed_signers");
        repo.Repo.GitOut("commit", "-q", "-m", "trust an ssh key");
    }

    private static string Keygen(LedgerRepo repo, string name)
    {
        var relative = "keys/" + name;
        ProcessRunner.Run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", Path.Combine(repo.Path, relative)]).EnsureSuccess("ssh-keygen");
        return relative;
    }
}
