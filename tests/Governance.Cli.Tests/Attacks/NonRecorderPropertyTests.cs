using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Testing.Builders;

namespace Governance.Cli.Tests.Attacks;

/// <summary>Property (issue 10): no sequence of entries whose commits a non-recorder key signs changes a decision.</summary>
public sealed class NonRecorderPropertyTests
{
    private static readonly string[] Keys = ["alice", "bob", "rita", "release"];
    private static readonly string[] Kinds = ["approve", "revoke", "waive", "unflag", "deploy", "attest", "retract"];

    [Fact]
    public void EntriesSignedByNonRecorderKeys_NeverChangeTheDecision()
    {
        using var repo = RoleAttackTests.Recorded();
        Assert.Equal(0, repo.Govern("flag", "--dataset", "ds:forum-2023", "--reason", "personal data", "--key", "keys/recorder.pem").Exit);
        var baseline = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record")).Exit;
        Assert.Equal(1, baseline);
        var tip = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");
        var steps = Gen.Zip(Gen.Elements(Keys), Gen.Elements(Kinds)).NonEmptyListOf().Select(l => l.Take(4).ToArray());

        Prop.ForAll(steps.ToArbitrary(), attack =>
        {
            repo.Repo.GitOut("update-ref", "refs/governance/ledger", tip);
            foreach (var (who, kind) in attack)
            {
                Attacker.Append(repo, $"keys/{who}.pem", null, Draft(repo, who, kind));
            }

            var verify = repo.Govern("audit", "verify");
            var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record")).Exit;
            return verify.Exit == 1 && verify.Output.Contains(": untrusted-signer: ", StringComparison.Ordinal) && (check == baseline || check == 2);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(6));
    }

    // Each entry is what the person could legitimately sign (their own bound statement), written by their own key.
    private static EntryDraft Draft(Ledger.LedgerRepo repo, string who, string kind)
    {
        using var key = KeyPair.Load(Path.Combine(repo.Path, "keys", who + ".pem"));
        var principal = who + "@acme.example";
        var model = new EntrySubject("support-bot-v3", Govern.Digest);
        (string Type, EntrySubject Subject, JsonObject Payload) entry = kind switch
        {
            "approve" => (EntryTypes.ApprovalGranted, model, new JsonObject { ["approver"] = principal, ["digest"] = Govern.Digest, ["model"] = "support-bot-v3" }),
            "revoke" => (EntryTypes.ApprovalRevoked, model, new JsonObject { ["approver"] = principal, ["digest"] = Govern.Digest, ["model"] = "support-bot-v3" }),
            "waive" => (EntryTypes.WaiverGranted, new EntrySubject(Digest: Govern.Digest), new JsonObject
            {
                ["rules"] = new JsonArray("two-governance-approvals", "clean-training-data"), ["digest"] = Govern.Digest, ["approver"] = principal,
                ["reason"] = "r", ["granted"] = Attacker.Time(Some.Now), ["expires"] = Attacker.Time(Some.Now.AddDays(10)),
            }),
            "unflag" => (EntryTypes.DatasetUnflagged, new EntrySubject(Dataset: "ds:forum-2023"), new JsonObject { ["dataset"] = "ds:forum-2023", ["reason"] = "cleaned" }),
            "deploy" => (EntryTypes.DeploymentCompleted, model, new JsonObject { ["environment"] = "production", ["model"] = "support-bot-v3", ["digest"] = Govern.Digest }),
            "attest" => (EntryTypes.AttestationAdded, new EntrySubject(Digest: Govern.Digest), new JsonObject
            {
                ["predicateType"] = "https://governance.dev/attestations/model-card/v1", ["signer"] = principal, ["digest"] = Govern.Digest,
            }),
            _ => (EntryTypes.RecordRetracted, new EntrySubject(Dataset: "ds:forum-2023"), new JsonObject { ["seq"] = Attacker.Tip(repo), ["entry"] = Attacker.Entry(repo, Attacker.Tip(repo)).Entry.Digest, ["reason"] = "r" }),
        };
        var envelope = EntryTypes.MayCarryStatement(entry.Type) ? EnvelopeFactory.Sign(entry.Type, entry.Subject, entry.Payload, key, Some.Now) : null;
        return new EntryDraft(entry.Type, new EntryActor(principal), entry.Subject, entry.Payload, envelope);
    }
}
