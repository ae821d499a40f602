using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;

namespace Governance.Ledger.Tests.Support;

/// <summary>Builders of valid entry drafts.</summary>
public static class Drafts
{
    public static readonly string ModelDigest = "sha256:" + new string('a', 64);

    public static EntryDraft Evaluation(int i, DateTimeOffset? time = null) => new(
        EntryTypes.EvaluationRecorded,
        new EntryActor("ci", Run: "run-" + i, Workflow: "train.yml"),
        new EntrySubject(Model: "support-bot", Digest: ModelDigest),
        new JsonObject { ["metric"] = "accuracy", ["value"] = 0.8 + (i % 10 / 100.0), ["digest"] = ModelDigest, ["dataset"] = "eval-set" },
        Time: time);

    public static EntryDraft Approval(KeyPair approverKey, string approver, string digest = "", DateTimeOffset? time = null)
    {
        digest = digest.Length == 0 ? ModelDigest : digest;
        var statement = new InTotoStatement(
            [new InTotoSubject("support-bot", digest["sha256:".Length..])],
            "https://governance.dev/attestations/approval/v1",
            new JsonObject { ["approver"] = approver });
        var envelope = Dsse.Sign(Dsse.InTotoPayloadType, statement.ToJson(), approverKey);
        return new EntryDraft(
            EntryTypes.ApprovalGranted,
            new EntryActor(approver),
            new EntrySubject(Model: "support-bot", Digest: digest),
            new JsonObject { ["approver"] = approver, ["digest"] = digest, ["reason"] = "looks good" },
            envelope,
            time);
    }
}
