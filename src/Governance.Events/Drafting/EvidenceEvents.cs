using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Events.Catalogue;

namespace Governance.Events.Drafting;

/// <summary>
/// Evidence → events: the entries that record an evidence file's items. Person-made items (approvals, waivers,
/// attestations) are marked <c>recordedFrom: file</c>: relayed, signed by no person, they count only with that origin.
/// </summary>
public static class EvidenceEvents
{
    private const string File = "file";

    /// <summary>Events for every item, in dependency order (datasets, lineage, flags, results, attestations, approvals, waivers, deployments).</summary>
    public static IReadOnlyList<DraftedEvent> From(EvidenceSet evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var drafted = new List<DraftedEvent>();
        void Add(LedgerEvent e, EventSubject subject, IEvidenceItem item) =>
            drafted.Add(new DraftedEvent(e with { ObservedAt = Format.Time(item.Time) }, subject, item.Origin.Reference));

        foreach (var d in evidence.Datasets)
        {
            Add(new DatasetRegistered { Id = d.Id, Digest = d.Digest?.Value }, new EventSubject(Dataset: d.Id), d);
        }

        foreach (var t in evidence.Training)
        {
            Add(new TrainingCompleted { Stage = t.Stage, Output = t.Output.Value, Inputs = [.. t.Inputs.Select(TrainingStageInput.FromReference)] }, new EventSubject(Digest: t.Output.Value), t);
        }

        foreach (var f in evidence.Flags)
        {
            Add(new DatasetFlagged { Dataset = f.Dataset, Reason = f.Reason }, new EventSubject(Dataset: f.Dataset), f);
        }

        foreach (var e in evidence.Evaluations)
        {
            Add(new EvaluationRecorded { Metric = e.Metric, Value = e.Value, Dataset = e.Dataset, Digest = e.Digest.Value }, new EventSubject(Digest: e.Digest.Value), e);
        }

        foreach (var a in evidence.Attestations)
        {
            Add(new AttestationAdded { PredicateType = a.PredicateType, Signer = a.Signer, Digest = a.Digest.Value, RecordedFrom = File }, new EventSubject(Digest: a.Digest.Value), a);
        }

        foreach (var a in evidence.Approvals.Where(a => a.State is ApprovalState.Approved or ApprovalState.Revoked))
        {
            var subject = new EventSubject(Digest: a.Digest?.Value, Commit: a.Commit ?? evidence.Context.Commit);
            Add(a.State == ApprovalState.Approved
                ? new ApprovalGranted { Approver = a.Approver, Digest = a.Digest?.Value, Commit = a.Commit, Teams = [.. a.Teams], RecordedFrom = File }
                : new ApprovalRevoked { Approver = a.Approver, Digest = a.Digest?.Value, Commit = a.Commit, Teams = [.. a.Teams], RecordedFrom = File }, subject, a);
        }

        foreach (var w in evidence.Waivers)
        {
            var waiver = new WaiverGranted
            {
                Rules = [.. w.Rules], Digest = w.Digest.Value, Approver = w.Approver, Teams = [.. w.Teams], Reason = w.Reason,
                Granted = Format.Time(w.Time), Expires = Format.Time(w.Expires), RecordedFrom = File,
            };
            Add(waiver, new EventSubject(Digest: w.Digest.Value), w);
        }

        foreach (var d in evidence.Deployments)
        {
            Add(new DeploymentCompleted { Environment = d.Environment, Model = d.Model, Digest = d.Digest.Value }, new EventSubject(Model: d.Model, Digest: d.Digest.Value), d);
        }

        return drafted;
    }
}
