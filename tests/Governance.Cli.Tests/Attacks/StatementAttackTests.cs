using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Signing;
using Governance.Testing.Builders;

namespace Governance.Cli.Tests.Attacks;

/// <summary>Issue 10: replayed, re-purposed and edited statements, and signers taken from a payload. The attacker holds the recorder key.</summary>
public sealed class StatementAttackTests
{
    private const string OtherCommit = "0123456789abcdef0123456789abcdef01234567";
    private const string V2 = "sha256:28d63642b014cefe22b64f7446bf87265b23405096300c39d3fc66e9332c142d";

    [Fact]
    public void ReplayOfRevokedApproval_WithAlicesOriginalEnvelope_EnvelopeReused()
    {
        using var repo = RoleAttackTests.Recorded();
        Approve(repo, "alice");
        var alices = Attacker.Entry(repo, Attacker.Tip(repo));
        Approve(repo, "alice", "--revoke");
        Approve(repo, "bob");
        Assert.Equal(1, repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record")).Exit);

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, new EntrySubject("support-bot-v3", Govern.Digest),
            alices.Entry.Payload, Attacker.Envelope(repo, alices.Entry.Seq)));

        Attacker.AssertCaught(repo, "envelope-reused");
    }

    [Fact]
    public void ApprovalEnvelope_RecordedAsWaiverOfOtherRules_EnvelopeMismatch()
    {
        using var repo = RoleAttackTests.Recorded();
        Approve(repo, "rita");
        var ritas = Attacker.Entry(repo, Attacker.Tip(repo));

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.WaiverGranted, new EntrySubject(Digest: Govern.Digest), new JsonObject
        {
            ["rules"] = new JsonArray("two-governance-approvals", "clean-training-data"),
            ["digest"] = Govern.Digest,
            ["approver"] = "rita@acme.example",
            ["reason"] = "urgent",
            ["granted"] = Attacker.Time(Some.Now),
            ["expires"] = Attacker.Time(Some.Now.AddDays(10)),
        }, Attacker.Envelope(repo, ritas.Entry.Seq)));

        Attacker.AssertCaught(repo, "envelope-mismatch");
    }

    [Fact]
    public void DigestBoundEnvelope_ReusedForDigestlessCommitApproval_EnvelopeMismatch()
    {
        using var repo = RoleAttackTests.Recorded();
        Approve(repo, "alice");
        var alices = Attacker.Entry(repo, Attacker.Tip(repo));
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", "refs/governance/ledger~1");

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, new EntrySubject("support-bot-v3", Commit: OtherCommit),
            new JsonObject { ["approver"] = "alice@acme.example", ["commit"] = OtherCommit }, DsseEnvelope.Parse(alices.Envelope!.Value.Span)));

        Attacker.AssertCaught(repo, "envelope-mismatch");
    }

    [Fact]
    public void WaiverRulesWidenedInTheTree_EnvelopeMismatch()
    {
        using var repo = RoleAttackTests.Recorded();
        Assert.Equal(0, repo.Govern("waive", "--rules", "toxicity", "--digest", Govern.Digest, "--expires", Attacker.Time(Some.Now.AddDays(2)), "--reason", "rerun scheduled",
            "--key", "keys/rita.pem", "--recorder-key", "keys/recorder.pem").Exit);
        var waiver = Attacker.Entry(repo, Attacker.Tip(repo));
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", "refs/governance/ledger~1");
        var widened = (JsonObject)waiver.Entry.Payload.DeepClone();
        widened["rules"] = new JsonArray("toxicity", "two-governance-approvals");

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.WaiverGranted, new EntrySubject(Digest: Govern.Digest), widened,
            DsseEnvelope.Parse(waiver.Envelope!.Value.Span)));

        Attacker.AssertCaught(repo, "envelope-mismatch");
        Assert.Contains("payload.rules", repo.Govern("audit", "verify").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ApprovalForOtherDigest_EnvelopeMovedToV2_EnvelopeMismatch()
    {
        using var repo = RoleAttackTests.Recorded();
        Approve(repo, "alice");
        var alices = Attacker.Entry(repo, Attacker.Tip(repo));
        var moved = (JsonObject)alices.Entry.Payload.DeepClone();
        moved["digest"] = V2;

        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.ApprovalGranted, new EntrySubject("support-bot-v3", V2), moved,
            DsseEnvelope.Parse(alices.Envelope!.Value.Span)));

        Attacker.AssertCaught(repo, "envelope-mismatch");
    }

    [Fact]
    public void AttestationNamingReleaseWithoutItsSignature_VerifiesButNeverSatisfiesSigners()
    {
        using var repo = Ledger.LedgerRepo.Create();
        Assert.Equal(0, repo.Govern("record", "--from-evidence", Governance.Testing.Files.RepositoryRoot.Combine("examples", "evidence", "allow.json"), "--key", "keys/recorder.pem").Exit);
        // The recorder relays an attestation naming release@ (recordedFrom): no one signed it.
        Attacker.Append(repo, "keys/recorder.pem", null, Attacker.Draft(EntryTypes.AttestationAdded, new EntrySubject(Digest: Govern.Digest), new JsonObject
        {
            ["predicateType"] = "https://governance.dev/attestations/model-card/v1",
            ["signer"] = "release@acme.example",
            ["digest"] = Govern.Digest,
            ["recordedFrom"] = "file",
        }));

        Assert.Equal(0, repo.Govern("audit", "verify").Exit);
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record", "--explain"));
        Assert.Equal(1, check.Exit);
        Assert.Contains("names release@acme.example as signer but carries no verified signature", check.Output, StringComparison.Ordinal);

    }

    [Fact]
    public void AttestationSignedByAnotherPerson_NamingRelease_UntrustedSigner()
    {
        using var repo = Ledger.LedgerRepo.Create();
        var result = repo.Govern("record", "attestation", "--key", "keys/alice.pem", "--recorder-key", "keys/recorder.pem", "--digest", Govern.Digest,
            "--payload", "{\"predicateType\":\"https://governance.dev/attestations/model-card/v1\",\"signer\":\"release@acme.example\",\"digest\":\"" + Govern.Digest + "\"}");

        // The writer runs the verifier first: alice cannot sign as release, so nothing is written.
        Assert.Equal(2, result.Exit);
        Assert.Contains("untrusted-signer", result.Error, StringComparison.Ordinal);
    }

    private static void Approve(Ledger.LedgerRepo repo, string who, params string[] extra) =>
        Assert.Equal(0, repo.Govern(["approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", $"keys/{who}.pem", "--recorder-key", "keys/recorder.pem", .. extra]).Exit);
}
