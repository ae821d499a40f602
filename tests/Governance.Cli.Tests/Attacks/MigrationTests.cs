using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;

namespace Governance.Cli.Tests.Attacks;

/// <summary>Issue 10, migration: entries written before trust v2 still verify; unbound envelopes no longer name a person.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void PreV2UnboundApprovalEnvelopes_VerifyButNoLongerCount()
    {
        using var repo = RoleAttackTests.Recorded();
        foreach (var who in new[] { "alice", "bob" })
        {
            using var key = KeyPair.Load(Path.Combine(repo.Path, "keys", who + ".pem"));
            var statement = new InTotoStatement([new InTotoSubject("support-bot-v3", Govern.Digest[7..])], "https://governance.dev/ledger/approval.granted/v1",
                new JsonObject { ["approver"] = who + "@acme.example", ["digest"] = Govern.Digest });
            Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, new EntrySubject("support-bot-v3", Govern.Digest),
                new JsonObject { ["approver"] = who + "@acme.example", ["digest"] = Govern.Digest, ["model"] = "support-bot-v3" },
                Dsse.Sign(Dsse.InTotoPayloadType, statement.ToJson(), key)));
        }

        var verified = repo.Govern("audit", "verify");
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record"));

        Assert.Equal(0, verified.Exit);
        Assert.Equal(1, check.Exit);
        Assert.Contains("carries a pre-v2 envelope that does not bind its entry; it no longer counts", check.Error, StringComparison.Ordinal);
    }
}
