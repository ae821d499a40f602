using System.Text.Json.Nodes;
using Governance.Cli.Tests.Attacks;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Testing.Builders;

namespace Governance.Cli.Tests.RedTeam;

/// <summary>
/// Red team on person statements: a revocation re-purposed as an approval, a key past its <c>valid-before</c> signing
/// a back-dated statement that the recorder relays with a matching <c>observedAt</c>, and retractions that would undo
/// a person's decision without that person's signature.
/// </summary>
public sealed class StatementRedTeamTests
{
    [Fact]
    public void RevocationStatement_ReplayedAsApproval_EnvelopeMismatch()
    {
        using var repo = RoleAttackTests.Recorded();
        Approve(repo, "alice");
        Approve(repo, "alice", "--revoke");
        var revocation = Attacker.Entry(repo, Attacker.Tip(repo));
        Approve(repo, "bob");
        Assert.Equal(1, repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record")).Exit);

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, new EntrySubject("support-bot-v3", Govern.Digest), revocation.Entry.Payload,
            Attacker.Envelope(repo, revocation.Entry.Seq)));

        StockGit.AssertCaught(repo, "envelope-mismatch");
    }

    [Fact]
    public void KeyPastValidBefore_BackdatedStatementRelayedWithObservedAt_UntrustedSigner()
    {
        using var repo = RoleAttackTests.Recorded();
        var expiry = Some.Now.AddMinutes(-10);
        var signers = File.ReadAllText(Path.Combine(repo.Path, ".governance", "allowed_signers"))
            .Replace("alice@acme.example namespaces=\"governance-attestation\"", $"alice@acme.example namespaces=\"governance-attestation\",valid-before=\"{expiry.UtcDateTime:yyyyMMddHHmmss}Z\"", StringComparison.Ordinal);
        repo.Write(".governance/allowed_signers", signers);
        repo.Repo.GitOut("commit", "-qam", "alice's key expired (lost laptop)");
        Approve(repo, "bob");
        Assert.Equal(2, repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/alice.pem", "--recorder-key", "keys/recorder.pem").Exit);
        var bobs = Attacker.Entry(repo, Attacker.Tip(repo));

        // The thief signs with alice's expired key as of a minute before expiry; the recorder relays it "observed" then.
        var signedAt = expiry.AddMinutes(-1);
        var subject = new EntrySubject("support-bot-v3", Govern.Digest);
        var payload = (JsonObject)bobs.Entry.Payload.DeepClone();
        payload["approver"] = "alice@acme.example";
        var statement = BoundStatement.Create(EntryTypes.ApprovalGranted, subject.ToJson(), payload, signedAt, Guid.NewGuid().ToString("N"));
        using var alice = KeyPair.Load(Path.Combine(repo.Path, "keys", "alice.pem"));
        var envelope = Dsse.Sign(Dsse.InTotoPayloadType, statement, alice);
        payload["observedAt"] = Attacker.Time(signedAt);
        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, subject, payload, envelope));

        StockGit.AssertCaught(repo, "untrusted-signer");
    }

    [Fact]
    public void RecorderRetractsAlicesRevocation_RevocationStillCounts()
    {
        using var repo = RoleAttackTests.Recorded();
        Approve(repo, "alice");
        Approve(repo, "bob");
        Approve(repo, "alice", "--revoke");
        var revocation = Attacker.Tip(repo).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record")).Exit);

        // Only alice's signature may take back alice's revocation; the recorder key alone must not revive her approval.
        var retracted = repo.Govern("record", "retract", "--seq", revocation, "--reason", "recorded by mistake", "--key", "keys/recorder.pem");

        Assert.True(retracted.Exit == 2 || repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record")).Exit == 1, retracted.Output + retracted.Error);
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record"));
        Assert.True(check.Exit == 1, check.Output + check.Error);
    }

    [Fact]
    public void RecorderForgesRetractionOfAlicesRevocation_RevocationStillCounts()
    {
        using var repo = RoleAttackTests.Recorded();
        Approve(repo, "alice");
        Approve(repo, "bob");
        Approve(repo, "alice", "--revoke");
        var revocation = Attacker.Entry(repo, Attacker.Tip(repo)).Entry;

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.RecordRetracted, new EntrySubject(), new JsonObject
        {
            ["seq"] = revocation.Seq,
            ["entry"] = revocation.Digest,
            ["type"] = revocation.Type,
            ["reason"] = "recorded by mistake",
        }));

        Assert.Equal(0, repo.Govern("audit", "verify").Exit);
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record", "--explain"));
        Assert.True(check.Exit == 1, check.Output + check.Error);
    }

    private static void Approve(Ledger.LedgerRepo repo, string who, params string[] extra) =>
        Assert.Equal(0, repo.Govern(["approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", $"keys/{who}.pem", "--recorder-key", "keys/recorder.pem", .. extra]).Exit);
}
