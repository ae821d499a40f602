using Governance.Reporting.Text;
using System.Text.Json.Nodes;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;

namespace Governance.Workflows.Recording;

/// <summary>
/// Appends a <c>decision.recorded</c> entry for every check (allow and deny alike), preceded in the same batch by the
/// GitHub reviews the decision used that the ledger does not hold yet (recorded on the reviewers' behalf).
/// </summary>
internal static class DecisionRecorder
{
    /// <summary>Records the decision and returns its entry (the last of the batch).</summary>
    /// <param name="session">The open ledger.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="evidence">All evidence the decision saw.</param>
    /// <param name="ledgerEvidence">The ledger's part of it.</param>
    /// <param name="against">The verified ledger (size and Merkle root) the decision was evaluated against, named in the entry.</param>
    public static AppendedEntry Record(LedgerSession session, Decision decision, EvidenceSet evidence, EvidenceSet ledgerEvidence, EvaluatedAgainst? against = null)
    {
        var drafts = new List<EntryDraft>();
        foreach (var review in evidence.Approvals.Where(a => a.Origin.Source == EvidenceSource.GitHub && !AlreadyRecorded(a, ledgerEvidence)))
        {
            var payload = new JsonObject
            {
                ["approver"] = review.Approver,
                ["teams"] = new JsonArray([.. review.Teams.Select(t => (JsonNode)t)]),
                ["recordedFrom"] = "github",
                ["observedAt"] = Format.Time(review.Time),
            };
            if (review.Commit is { } commit)
            {
                payload["commit"] = commit;
            }

            var subject = new EntrySubject(decision.Subject.Model, Commit: review.Commit);
            // Relayed, not signed by the reviewer: no envelope; it keeps its origin (github) when read back.
            drafts.Add(new EntryDraft(EntryTypes.ApprovalGranted, session.Actor, subject, payload));
        }

        var decisionPayload = Payload(decision);
        if (against is not null)
        {
            // Which ledger the decision read: a later verifier holding a checkpoint can tell a decision taken on a
            // rolled-back ledger (a smaller size, or a root the checkpointed history does not contain).
            var ledger = new JsonObject { ["size"] = against.Size };
            if (against.Root is { } root)
            {
                ledger["root"] = "sha256:" + root;
            }

            decisionPayload["ledger"] = ledger;
        }

        drafts.Add(new EntryDraft(EntryTypes.DecisionRecorded, session.Actor, Subject(decision), decisionPayload));
        return session.Append(drafts)[^1];
    }

    private static EntrySubject Subject(Decision decision) =>
        new(decision.Subject.Model, decision.Subject.Digest.Value, Commit: decision.Subject.Commit);

    private static JsonObject Payload(Decision decision) => new()
    {
        ["decision"] = OutcomeText.Of(decision.Verdict),
        ["environment"] = decision.Subject.Environment,
        ["policies"] = new JsonArray([.. decision.Policies.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["digest"] = p.Policy.Digest.Value, ["applies"] = p.Applies })]),
        ["evidence"] = new JsonArray([.. LedgerSeqs(decision).Select(s => (JsonNode)s)]),
        ["rules"] = new JsonArray([.. decision.Rules.Select(r => (JsonNode)new JsonObject
        {
            ["policy"] = r.Policy,
            ["id"] = r.Id,
            ["outcome"] = OutcomeText.Of(r.Outcome),
            ["mode"] = OutcomeText.Of(r.Mode),
        })]),
    };

    /// <summary>The ledger entries (by seq) that decided any rule.</summary>
    public static IEnumerable<long> LedgerSeqs(Decision decision) => decision.Rules
        .SelectMany(r => r.Evidence)
        .Where(e => e.StartsWith("ledger:", StringComparison.Ordinal))
        .Select(e => long.Parse(e.AsSpan(7), System.Globalization.CultureInfo.InvariantCulture))
        .Distinct()
        .Order();

    private static bool AlreadyRecorded(ApprovalRecord review, EvidenceSet ledger) => ledger.Approvals.Any(a =>
        a.Approver == review.Approver && a.Commit == review.Commit && a.Time == review.Time && a.State == review.State);

    /// <summary>The verified ledger a decision was evaluated against.</summary>
    /// <param name="Size">How many entries it had.</param>
    /// <param name="Root">Its Merkle root (lowercase hex; recorded as <c>sha256:&lt;hex&gt;</c>), or null when it was empty.</param>
    public sealed record EvaluatedAgainst(long Size, string? Root);
}
