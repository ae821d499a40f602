using System.Text.Json.Nodes;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Ledger.Entries;

namespace Governance.Cli.Ledger;

/// <summary>Turns an evidence file's items into ledger entry drafts; person-made items are marked <c>recordedFrom: file</c>.</summary>
internal static class EvidenceDrafts
{
    /// <summary>Drafts for every item, in dependency order (datasets, lineage, flags, results, approvals, waivers, deployments).</summary>
    public static IReadOnlyList<(EntryDraft Draft, string Item)> From(EvidenceSet evidence, EntryActor actor, Func<string, EntrySubject, JsonObject, Governance.Ledger.Signing.DsseEnvelope?> envelope)
    {
        var drafts = new List<(EntryDraft, string)>();
        void Add(string type, EntrySubject subject, JsonObject payload, IEvidenceItem item)
        {
            payload["observedAt"] = Format.Time(item.Time);
            drafts.Add((new EntryDraft(type, actor, subject, payload, envelope(type, subject, payload)), item.Origin.Reference));
        }

        var commit = evidence.Context.Commit;
        foreach (var d in evidence.Datasets)
        {
            Add(EntryTypes.DatasetRegistered, new EntrySubject(Dataset: d.Id), Obj(("id", d.Id), ("digest", d.Digest?.Value)), d);
        }

        foreach (var t in evidence.Training)
        {
            var inputs = new JsonArray([.. t.Inputs.Select(Input)]);
            Add(EntryTypes.TrainingCompleted, new EntrySubject(Digest: t.Output.Value), Obj(("stage", t.Stage), ("output", t.Output.Value), ("inputs", inputs)), t);
        }

        foreach (var f in evidence.Flags)
        {
            Add(EntryTypes.DatasetFlagged, new EntrySubject(Dataset: f.Dataset), Obj(("dataset", f.Dataset), ("reason", f.Reason)), f);
        }

        foreach (var e in evidence.Evaluations)
        {
            Add(EntryTypes.EvaluationRecorded, new EntrySubject(Digest: e.Digest.Value), Obj(("metric", e.Metric), ("value", e.Value), ("dataset", e.Dataset), ("digest", e.Digest.Value)), e);
        }

        foreach (var a in evidence.Attestations)
        {
            Add(EntryTypes.AttestationAdded, new EntrySubject(Digest: a.Digest.Value), Obj(("predicateType", a.PredicateType), ("signer", a.Signer), ("digest", a.Digest.Value), ("recordedFrom", "file")), a);
        }

        foreach (var a in evidence.Approvals.Where(a => a.State is ApprovalState.Approved or ApprovalState.Revoked))
        {
            var type = a.State == ApprovalState.Approved ? EntryTypes.ApprovalGranted : EntryTypes.ApprovalRevoked;
            var payload = Obj(("approver", a.Approver), ("digest", a.Digest?.Value), ("commit", a.Commit), ("teams", new JsonArray([.. a.Teams.Select(t => (JsonNode)t)])), ("recordedFrom", "file"));
            Add(type, new EntrySubject(Digest: a.Digest?.Value, Commit: a.Commit ?? commit), payload, a);
        }

        foreach (var w in evidence.Waivers)
        {
            var payload = Obj(("rules", new JsonArray([.. w.Rules.Select(r => (JsonNode)r)])), ("digest", w.Digest.Value), ("approver", w.Approver),
                ("teams", new JsonArray([.. w.Teams.Select(t => (JsonNode)t)])), ("reason", w.Reason), ("granted", Format.Time(w.Time)), ("expires", Format.Time(w.Expires)), ("recordedFrom", "file"));
            Add(EntryTypes.WaiverGranted, new EntrySubject(Digest: w.Digest.Value), payload, w);
        }

        foreach (var d in evidence.Deployments)
        {
            Add(EntryTypes.DeploymentCompleted, new EntrySubject(Model: d.Model, Digest: d.Digest.Value), Obj(("environment", d.Environment), ("model", d.Model), ("digest", d.Digest.Value)), d);
        }

        return drafts;
    }

    /// <summary>A training input as the ledger stores it: <c>{id, kind, digest}</c>.</summary>
    public static JsonObject Input(string input)
    {
        var parsed = Core.Provenance.TrainingInput.Parse(input);
        return parsed.Model is { } model
            ? Obj(("id", model.Value), ("kind", "model"), ("digest", model.Value))
            : Obj(("id", parsed.Dataset), ("kind", "dataset"), ("digest", parsed.Pinned?.Value));
    }

    private static JsonObject Obj(params (string Name, object? Value)[] members)
    {
        var o = new JsonObject();
        foreach (var (name, value) in members)
        {
            switch (value)
            {
                case null:
                    break;
                case JsonNode node:
                    o[name] = node;
                    break;
                case double number:
                    o[name] = number;
                    break;
                default:
                    o[name] = value.ToString();
                    break;
            }
        }

        return o;
    }
}
