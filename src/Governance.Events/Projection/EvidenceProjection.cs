using Governance.Core.Evidence;
using Governance.Core.Subjects;
using Governance.Events.Catalogue;
using Governance.Events.Trust;
using static Governance.Events.Projection.EventFields;

namespace Governance.Events.Projection;

/// <summary>
/// Turns verified ledger entries into evidence (trust v2). A person-made record counts for the principal whose key
/// signed its bound statement, and only then: a pre-v2 unbound envelope no longer names a person (reported in
/// <see cref="Notes"/>). One a recorder relayed (<c>recordedFrom</c>: file, github) keeps that origin and is unsigned,
/// so it counts only where the policy accepts unsigned evidence of that origin, and only when a recorder of
/// <c>principals.yaml</c> signed its commit. An attestation's signer is only ever the verified statement signer.
/// Retracted entries (<c>record.retracted</c>, see <see cref="Retractions"/>) stop counting. Teams of a signed record
/// come from the principals, never from the entry.
/// </summary>
/// <param name="principals">Teams and recorder roles (trusted <c>principals.yaml</c>).</param>
public sealed class EvidenceProjection(PrincipalDirectory principals)
{
    private readonly List<ApprovalRecord> _approvals = [];
    private readonly List<EvaluationRecord> _evaluations = [];
    private readonly List<AttestationRecord> _attestations = [];
    private readonly List<DatasetRecord> _datasets = [];
    private readonly List<TrainingRecord> _training = [];
    private readonly List<DatasetFlag> _flags = [];
    private readonly List<WaiverRecord> _waivers = [];
    private readonly List<DeploymentRecord> _deployments = [];
    private readonly Retractions _retractions = new();
    private string? _vouchedBy;

    /// <summary>Notes about entries that were not used, and why.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Adds an entry of this ledger, referenced as <c>ledger:&lt;seq&gt;</c>; entries must come in ledger order.</summary>
    public void Add(ProjectedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Add(entry, $"ledger:{entry.Seq}");
    }

    /// <summary>
    /// Adds a lineage entry (training, dataset, flag) of a linked trail (<c>govern audit link</c>): verified when it was
    /// linked and pinned by <paramref name="vouchedBy"/>'s signed <c>trail.linked</c> entry, so it counts as signed by
    /// them. Other types are ignored; the trail's own signatures are not consulted.
    /// </summary>
    public void AddLinked(ProjectedEntry entry, string reference, string? vouchedBy)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!EventTypeNames.IsLineage(entry.Type))
        {
            return;
        }

        _vouchedBy = vouchedBy;
        try
        {
            Add(entry with { Signers = VerifiedSigners.None }, reference);
        }
        finally
        {
            _vouchedBy = null;
        }
    }

    /// <summary>The evidence of every entry added, less the retracted ones.</summary>
    public EvidenceSet Build() => new()
    {
        Approvals = _retractions.Live(_approvals),
        Evaluations = _retractions.Live(_evaluations),
        Attestations = _retractions.Live(_attestations),
        Datasets = _retractions.Live(_datasets),
        Training = _retractions.Live(_training),
        Flags = _retractions.Live(_flags),
        Waivers = _retractions.Live(_waivers),
        Deployments = _retractions.Live(_deployments),
    };

    private void Add(ProjectedEntry entry, string reference)
    {
        var e = entry.Event;
        EnsureFits(entry, reference);

        var time = Time(e.ObservedAt) ?? entry.Time;
        var relayedFrom = RecordedFrom(e);
        if (entry.Signers.UnboundEnvelope && relayedFrom is null && EventTypeNames.RequiresEnvelope(entry.Type))
        {
            Notes.Add($"{reference}: {entry.Type} carries a pre-v2 envelope that does not bind its entry; it no longer counts as anyone's signature");
        }

        var person = entry.Signers.Person;
        if (_vouchedBy is null)
        {
            _retractions.Signed(entry.Seq, entry.Type, person); // a linked trail's sequence numbers are its own, never ours
        }

        switch (e)
        {
            case ApprovalGranted a when Person(entry, reference, a.Approver, a.Teams, a.RecordedFrom, out var teams, out var origin):
                _approvals.Add(new ApprovalRecord(a.Approver, teams, OptionalDigest(a.Digest), a.Commit, time, ApprovalState.Approved, origin));
                break;
            case ApprovalRevoked r when Person(entry, reference, r.Approver, r.Teams, r.RecordedFrom, out var teams, out var origin):
                _approvals.Add(new ApprovalRecord(r.Approver, teams, OptionalDigest(r.Digest), r.Commit, time, ApprovalState.Revoked, origin));
                break;
            case WaiverGranted w when Person(entry, reference, w.Approver, w.Teams, w.RecordedFrom, out var teams, out var origin):
                _waivers.Add(new WaiverRecord(w.Rules, Digest.Parse(w.Digest), w.Approver, teams, w.Reason, Time(w.Granted) ?? time, Time(w.Expires) ?? time, origin));
                break;
            case AttestationAdded a:
                // Only a verified statement signer attests; the payload's "signer" is a claim.
                _attestations.Add(new AttestationRecord(a.PredicateType, a.Signer, Digest.Parse(a.Digest), time, Origin(reference, a.RecordedFrom is null ? person : null)));
                break;
            case EvaluationRecorded v:
                _evaluations.Add(new EvaluationRecord(v.Metric, v.Value, v.Dataset, Digest.Parse(v.Digest), time, Recorded(entry, reference)));
                break;
            case DatasetRegistered d:
                _datasets.Add(new DatasetRecord(d.Id, OptionalDigest(d.Digest), time, Recorded(entry, reference)));
                break;
            case TrainingCompleted t:
                _training.Add(new TrainingRecord(t.Stage, [.. t.Inputs.Select(i => i.Text)], Digest.Parse(t.Output), time, Recorded(entry, reference)));
                break;
            case DatasetFlagged f:
                _flags.Add(new DatasetFlag(f.Dataset, f.Reason, time, person is null ? Recorded(entry, reference) : Origin(reference, person)));
                break;
            case DatasetUnflagged u:
                Unflag(u.Dataset, time);
                break;
            case DeploymentCompleted d:
                _deployments.Add(new DeploymentRecord(d.Environment, d.Model, Digest.Parse(d.Digest), time, Recorded(entry, reference)));
                break;
            case DeploymentRolledBack d:
                _deployments.Add(new DeploymentRecord(d.Environment, d.Model, Digest.Parse(d.Digest), time, Recorded(entry, reference)));
                break;
            case RecordRetracted r:
                _retractions.Retract(entry.Seq, r.Seq, r.Reason, person, reference, Notes);
                break;
        }
    }

    /// <summary>
    /// Fails the projection, and with it the check (fail closed), when a payload of a type it reads does not fit. A verified
    /// entry always fits (its schema is the record's, <c>EventCatalogueTests</c>); leaving a misfit out could drop a
    /// flag, a revocation or a retraction and loosen the decision.
    /// </summary>
    private static void EnsureFits(ProjectedEntry entry, string reference)
    {
        if (entry.Event is UnknownEvent { Problem: { } problem } && EventTypeNames.IsEvidence(entry.Type))
        {
            throw new InvalidDataException($"{reference}: the {entry.Type} payload does not fit its type ({problem})");
        }
    }

    private void Unflag(string dataset, DateTimeOffset time)
    {
        for (var i = 0; i < _flags.Count; i++)
        {
            if (_flags[i].Dataset == dataset && _flags[i].Cleared is null)
            {
                _flags[i] = _flags[i] with { Cleared = time };
            }
        }
    }

    // A person-made record (approval, revocation, waiver): the statement signer must be the person it names; a relayed
    // one counts only when a recorder of principals.yaml signed the commit.
    private bool Person(ProjectedEntry entry, string reference, string person, IReadOnlyList<string>? claimedTeams, string? recordedFrom, out IReadOnlyList<string> teams, out EvidenceOrigin origin)
    {
        if (recordedFrom is null)
        {
            var signer = entry.Signers.Person;
            teams = principals.TeamsOf(person);
            origin = Origin(reference, signer);
            return signer == person;
        }

        // Relayed: the recorder vouches that it saw this elsewhere; it is not the person's signature.
        teams = claimedTeams ?? [];
        origin = new(recordedFrom == "github" ? EvidenceSource.GitHub : EvidenceSource.File, reference);
        var recorder = entry.Signers.Recorder;
        if (recorder is not null && principals.IsRecorder(recorder))
        {
            return true;
        }

        Notes.Add($"{reference}: {entry.Type} for {person} recorded from {recordedFrom} by {recorder ?? "an unknown key"}, who is not a recorder in principals.yaml; ignored");
        return false;
    }

    private EvidenceOrigin Recorded(ProjectedEntry entry, string reference) => Origin(reference, _vouchedBy ?? entry.Signers.Recorder);

    private static EvidenceOrigin Origin(string reference, string? signer) => new(EvidenceSource.Ledger, reference, signer);
}
