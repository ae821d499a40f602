using System.Text.Json.Nodes;
using Governance.Core.Evidence;
using Governance.Core.Subjects;
using Governance.Events.Trust;
using static Governance.Events.Projection.PayloadFields;

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
        var p = entry.Payload;
        var time = Time(p, "observedAt") ?? entry.Time;
        if (entry.Signers.UnboundEnvelope && p["recordedFrom"] is null && EventTypeNames.RequiresEnvelope(entry.Type))
        {
            Notes.Add($"{reference}: {entry.Type} carries a pre-v2 envelope that does not bind its entry; it no longer counts as anyone's signature");
        }

        var person = entry.Signers.Person;
        if (_vouchedBy is null)
        {
            _retractions.Signed(entry.Seq, entry.Type, person); // a linked trail's sequence numbers are its own, never ours
        }

        switch (entry.Type)
        {
            case EventTypeNames.ApprovalGranted or EventTypeNames.ApprovalRevoked:
                if (Person(entry, reference, out var approver, out var teams, out var approvalOrigin))
                {
                    var state = entry.Type == EventTypeNames.ApprovalGranted ? ApprovalState.Approved : ApprovalState.Revoked;
                    _approvals.Add(new ApprovalRecord(approver, teams, OptionalDigest(p, "digest"), Str(p, "commit"), time, state, approvalOrigin));
                }

                break;
            case EventTypeNames.WaiverGranted:
                if (Person(entry, reference, out var grantor, out var grantorTeams, out var waiverOrigin))
                {
                    _waivers.Add(new WaiverRecord([.. Strings(p, "rules")], Digest.Parse(Str(p, "digest")!), grantor, grantorTeams, Str(p, "reason") ?? "",
                        Time(p, "granted") ?? time, Time(p, "expires") ?? time, waiverOrigin));
                }

                break;
            case EventTypeNames.AttestationAdded:
                // Only a verified statement signer attests; the payload's "signer" is a claim.
                _attestations.Add(new AttestationRecord(Str(p, "predicateType")!, Str(p, "signer")!, Digest.Parse(Str(p, "digest")!), time,
                    Origin(reference, p["recordedFrom"] is null ? person : null)));
                break;
            case EventTypeNames.EvaluationRecorded:
                _evaluations.Add(new EvaluationRecord(Str(p, "metric")!, (double)p["value"]!, Str(p, "dataset"), Digest.Parse(Str(p, "digest")!), time, Recorded(entry, reference)));
                break;
            case EventTypeNames.DatasetRegistered:
                _datasets.Add(new DatasetRecord(Str(p, "id")!, OptionalDigest(p, "digest"), time, Recorded(entry, reference)));
                break;
            case EventTypeNames.TrainingCompleted:
                _training.Add(new TrainingRecord(Str(p, "stage")!, [.. Inputs(p).Select(i => i.Text)], Digest.Parse(Str(p, "output")!), time, Recorded(entry, reference)));
                break;
            case EventTypeNames.DatasetFlagged:
                _flags.Add(new DatasetFlag(Str(p, "dataset")!, Str(p, "reason") ?? "", time, person is null ? Recorded(entry, reference) : Origin(reference, person)));
                break;
            case EventTypeNames.DatasetUnflagged:
                Unflag(Str(p, "dataset"), time);
                break;
            case EventTypeNames.DeploymentCompleted or EventTypeNames.DeploymentRolledBack when Str(p, "digest") is { } deployed:
                _deployments.Add(new DeploymentRecord(Str(p, "environment")!, Str(p, "model") ?? Str(entry.Subject, "model") ?? "", Digest.Parse(deployed), time, Recorded(entry, reference)));
                break;
            case EventTypeNames.RecordRetracted:
                _retractions.Retract(entry.Seq, Long(p, "seq") ?? 0, Str(p, "reason"), person, reference, Notes);
                break;
        }
    }

    private void Unflag(string? dataset, DateTimeOffset time)
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
    private bool Person(ProjectedEntry entry, string reference, out string person, out IReadOnlyList<string> teams, out EvidenceOrigin origin)
    {
        var p = entry.Payload;
        person = Str(p, "approver")!;
        if (p["recordedFrom"] is null)
        {
            var signer = entry.Signers.Person;
            teams = principals.TeamsOf(person);
            origin = Origin(reference, signer);
            return signer == person;
        }

        // Relayed: the recorder vouches that it saw this elsewhere; it is not the person's signature.
        teams = [.. Strings(p, "teams")];
        origin = new(Str(p, "recordedFrom") == "github" ? EvidenceSource.GitHub : EvidenceSource.File, reference);
        var recorder = entry.Signers.Recorder;
        if (recorder is not null && principals.IsRecorder(recorder))
        {
            return true;
        }

        Notes.Add($"{reference}: {entry.Type} for {person} recorded from {p["recordedFrom"]} by {recorder ?? "an unknown key"}, who is not a recorder in principals.yaml; ignored");
        return false;
    }

    private EvidenceOrigin Recorded(ProjectedEntry entry, string reference) => Origin(reference, _vouchedBy ?? entry.Signers.Recorder);

    private static EvidenceOrigin Origin(string reference, string? signer) => new(EvidenceSource.Ledger, reference, signer);
}
