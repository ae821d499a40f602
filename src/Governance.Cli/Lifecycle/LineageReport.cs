using System.Text.Json.Nodes;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Provenance;
using Governance.Core.Subjects;

namespace Governance.Cli.Lifecycle;

/// <summary>
/// The answer to "which data, which stages, which approvals" for one model digest: every stage reached by
/// following <c>training.completed</c> inputs back, every source dataset, and the evidence bound to each node.
/// </summary>
/// <param name="Model">The traced model.</param>
/// <param name="Models">The traced model and every ancestor model digest, nearest first.</param>
/// <param name="Stages">Every stage, nearest first.</param>
internal sealed record LineageReport(LineageModelNode Model, IReadOnlyList<LineageModelNode> Models, IReadOnlyList<LineageStageNode> Stages)
{
    /// <summary>Builds the report for <paramref name="model"/>.</summary>
    public static LineageReport Build(LineageIndex index, Digest model)
    {
        ArgumentNullException.ThrowIfNull(index);
        var trace = index.Graph.Trace(model);
        var produced = trace.Stages.Select(s => s.Output).ToHashSet();
        var registered = index.Evidence.Datasets.Where(d => d.Digest is not null).GroupBy(d => d.Digest!.Value).ToDictionary(g => g.Key, g => g.Last().Id);
        var lineageDigests = new HashSet<Digest>(produced) { model };
        var stages = new List<LineageStageNode>();
        var models = new List<Digest> { model };
        foreach (var stage in trace.Stages)
        {
            var payload = index.TrainingPayload(stage.Origin.Reference);
            var inputObjects = payload?["inputs"] as JsonArray;
            var datasets = new List<LineageDatasetNode>();
            var parents = new List<string>();
            for (var i = 0; i < stage.Inputs.Count; i++)
            {
                var parsed = TrainingInput.Parse(stage.Inputs[i]);
                var extra = i < (inputObjects?.Count ?? 0) ? inputObjects![i] as JsonObject : null;
                var weight = extra?["weight"] is JsonValue w && w.TryGetValue<double>(out var wv) ? wv : (double?)null;
                var replay = extra?["replay"] is JsonValue r && r.TryGetValue<bool>(out var rv) && rv;
                if (parsed.Model is { } parent && (produced.Contains(parent) || !registered.ContainsKey(parent)))
                {
                    parents.Add(parent.Value);
                    if (!models.Contains(parent))
                    {
                        models.Add(parent);
                    }

                    continue;
                }

                var id = parsed.Dataset ?? registered[parsed.Model!.Value];
                var pinned = parsed.Pinned ?? parsed.Model;
                datasets.Add(Dataset(index, id, pinned, weight, replay, lineageDigests));
            }

            stages.Add(new LineageStageNode(stage.Stage, (string?)payload?["stageKind"], stage.Output.Value, stage.Origin.Reference, stage.Time, datasets, parents));
        }

        var nodes = models.Select(d => new LineageModelNode(d.Value, index.NameOf(d), produced.Contains(d), ModelNotes(index.Evidence, d))).ToList();
        return new LineageReport(nodes[0], nodes, stages);
    }

    private static LineageDatasetNode Dataset(LineageIndex index, string id, Digest? pinned, double? weight, bool replay, HashSet<Digest> lineage)
    {
        var evidence = index.Evidence;
        var notes = new List<LineageNote>();
        var registrations = evidence.Datasets.Where(d => d.Id == id).ToList();
        if (registrations.Count == 0)
        {
            notes.Add(new LineageNote("unregistered", "not registered", "", null));
        }

        foreach (var r in registrations)
        {
            notes.Add(new LineageNote("registered", r.Digest is { } d ? d.Value : "(no digest)", r.Origin.Reference, r.Time));
        }

        if (pinned is { } pin && registrations.Count > 0 && registrations.All(r => r.Digest is { } d && d != pin))
        {
            notes.Add(new LineageNote("mismatch", $"stage pinned {pin.Value}, which no registration of {id} has", "", null));
        }

        foreach (var (reference, statement) in index.AttestationsOf(id))
        {
            notes.Add(new LineageNote("attestation", statement, reference, null));
        }

        foreach (var flag in evidence.Flags.Where(f => f.Dataset == id))
        {
            notes.Add(new LineageNote("flag", $"flagged: {flag.Reason}", flag.Origin.Reference, flag.Time));
            if (flag.Cleared is { } cleared)
            {
                notes.Add(new LineageNote("unflagged", "flag lifted", flag.Origin.Reference, cleared));
            }
        }

        foreach (var waiver in evidence.Waivers.Where(w => w.Rules.Contains($"source:{id}") && lineage.Contains(w.Digest)))
        {
            var state = waiver.Expires <= index.Now ? "expired" : "until";
            notes.Add(new LineageNote("waiver", $"waived for {waiver.Digest.Short} by {waiver.Approver} {state} {Format.Time(waiver.Expires)}: {waiver.Reason}", waiver.Origin.Reference, waiver.Time));
        }

        var flagged = evidence.Flags.Any(f => f.Dataset == id && f.Cleared is null);
        return new LineageDatasetNode(id, pinned?.Value, weight, replay, flagged, notes);
    }

    private static List<LineageNote> ModelNotes(EvidenceSet evidence, Digest digest)
    {
        var notes = new List<(DateTimeOffset Time, LineageNote Note)>();
        foreach (var a in evidence.Approvals.Where(a => a.Digest == digest))
        {
            var kind = a.State == ApprovalState.Approved ? "approval" : "revocation";
            notes.Add((a.Time, new LineageNote(kind, $"{a.Approver} {a.State.ToString().ToLowerInvariant()}", a.Origin.Reference, a.Time)));
        }

        foreach (var w in evidence.Waivers.Where(w => w.Digest == digest))
        {
            notes.Add((w.Time, new LineageNote("waiver", $"{w.Approver} waived {string.Join(", ", w.Rules)} until {Format.Time(w.Expires)}: {w.Reason}", w.Origin.Reference, w.Time)));
        }

        foreach (var a in evidence.Attestations.Where(a => a.Digest == digest))
        {
            notes.Add((a.Time, new LineageNote("attestation", $"{a.PredicateType} by {a.Signer}", a.Origin.Reference, a.Time)));
        }

        foreach (var e in evidence.Evaluations.Where(e => e.Digest == digest))
        {
            var on = e.Dataset is null ? "" : $" on {e.Dataset}";
            notes.Add((e.Time, new LineageNote("evaluation", $"{e.Metric} = {Format.Number(e.Value)}{on}", e.Origin.Reference, e.Time)));
        }

        foreach (var d in evidence.Deployments.Where(d => d.Digest == digest))
        {
            notes.Add((d.Time, new LineageNote("deployment", $"deployed to {d.Environment} as {d.Model}", d.Origin.Reference, d.Time)));
        }

        return [.. notes.OrderBy(n => n.Time).Select(n => n.Note)];
    }
}
