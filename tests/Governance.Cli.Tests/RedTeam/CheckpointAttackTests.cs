using System.Text.Json.Nodes;
using Governance.Cli.Tests.Attacks;
using Governance.Ledger.Entries;

namespace Governance.Cli.Tests.RedTeam;

/// <summary>Red team on checkpoints: only a recorder signs the ledger's size and root (DESIGN §5, roles).</summary>
public sealed class CheckpointAttackTests
{
    [Fact]
    public void CheckpointSignedByPersonKey_InRecorderSignedCommit_UntrustedSigner()
    {
        using var repo = RoleAttackTests.Recorded();
        // alice (a person) writes entry and checkpoint; the commit is then re-signed with the recorder key by stock git,
        // so only the checkpoint carries the person's signature.
        Attacker.Append(repo, "keys/alice.pem", null, Attacker.Draft(EntryTypes.EvaluationRecorded, new EntrySubject(Digest: Govern.Digest),
            new JsonObject { ["metric"] = "accuracy", ["value"] = 0.5, ["digest"] = Govern.Digest }));
        Attacker.ResignTipWithStockGit(repo, "keys/recorder.pem");

        StockGit.AssertCaught(repo, "untrusted-signer");
        Assert.Contains("checkpoint", repo.Govern("audit", "verify").Output, StringComparison.Ordinal);
    }
}
