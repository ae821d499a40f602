using System.Text;
using System.Text.Json.Nodes;
using Governance.Cli.Tests.Attacks;
using Governance.Ledger.Entries;

namespace Governance.Cli.Tests.RedTeam;

/// <summary>
/// Red team on where trust comes from: a pull request that edits .governance/ in its own tree, and a pushed
/// <c>refs/replace/*</c> ref that makes git show another allowed_signers blob for the trusted ref. Trust is what the
/// trusted ref's tree holds, nothing else.
/// </summary>
public sealed class TrustSourceAttackTests
{
    [Fact]
    public void PullRequestAddsItsOwnKeys_CheckWithPolicyRef_TrustsTheSameRefAndNeverAllows()
    {
        using var repo = RoleAttackTests.Recorded();
        repo.Repo.GitOut("checkout", "-q", "-b", "pr");
        var lines = new StringBuilder(File.ReadAllText(Path.Combine(repo.Path, ".governance", "allowed_signers")));
        foreach (var (file, principal, role) in new[] { ("m-rec", "recorder@acme.example", "recorder"), ("m-alice", "alice@acme.example", "person"), ("m-bob", "bob@acme.example", "person") })
        {
            var generated = repo.Govern("keys", "generate", "--out", $"keys/{file}.pem", "--principal", principal, "--role", role);
            Assert.Equal(0, generated.Exit);
            lines.Append(generated.Output.Trim()).Append('\n');
        }

        repo.Write(".governance/allowed_signers", lines.ToString());
        repo.Repo.GitOut("commit", "-qam", "PR: innocent-looking refactor");
        foreach (var who in new[] { "m-alice", "m-bob" })
        {
            Assert.Equal(0, repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", $"keys/{who}.pem", "--recorder-key", "keys/m-rec.pem").Exit);
        }

        // The gate reads policies from main (as the action does); trust must come from main too, not the PR's tree.
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record", "--policy-ref", "main"));

        Assert.True(check.Exit == 2, check.Output + check.Error);
        Assert.Contains("untrusted-signer", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplaceRefOverAllowedSigners_MalloryPosesAsRecorder_UntrustedSigner()
    {
        using var repo = RoleAttackTests.Recorded();
        var generated = repo.Govern("keys", "generate", "--out", "keys/mallory.pem", "--principal", "recorder@acme.example", "--role", "recorder");
        Assert.Equal(0, generated.Exit);
        var original = repo.Repo.GitOut("rev-parse", "HEAD:.governance/allowed_signers");
        var swapped = StockGit.Blob(repo, Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(repo.Path, ".governance", "allowed_signers")) + generated.Output));
        // Anyone who can push can push refs/replace/<id>; a runner that fetches all refs then "sees" the swapped blob.
        repo.Repo.GitOut("replace", original, swapped);
        Assert.Contains(generated.Output.Trim(), repo.Repo.GitOut("show", "HEAD:.governance/allowed_signers"), StringComparison.Ordinal);

        Attacker.Append(repo, "keys/mallory.pem", null, Attacker.Draft(EntryTypes.EvaluationRecorded, new EntrySubject(Digest: Govern.Digest),
            new JsonObject { ["metric"] = "toxicity_rate", ["value"] = 0.0, ["dataset"] = "realtoxicityprompts", ["digest"] = Govern.Digest }));

        StockGit.AssertCaught(repo, "untrusted-signer");
    }
}
