using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Evidence;
using Governance.Core.Subjects;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;

namespace Governance.Cli.Ledger;

/// <summary>
/// Turns verified ledger entries into evidence (trust v2). A person-made record counts for the principal whose key
/// signed its bound statement, and only then: a pre-v2 unbound envelope no longer names a person (reported in
/// <see cref="Notes"/>). One a recorder relayed (<c>recordedFrom</c>: file, github) keeps that origin and is unsigned,
/// so it counts only where the policy accepts unsigned evidence of that origin. An attestation's signer is only ever
/// the verified statement signer. Retracted entries (<c>record.retracted</c>) stop counting. Teams of a signed record
/// come from principals.yaml, never from the entry.
/// </summary>
internal sealed class LedgerEvidenceBuilder(LedgerTrust trust)
{
    private readonly List<ApprovalRecord> _approvals = [];
    private readonly List<EvaluationRecord> _evaluations = [];
    private readonly List<AttestationRecord> _attestations = [];
    private readonly List<DatasetRecord> _datasets = [];
    private readonly List<TrainingRecord> _training = [];
    private readonly List<DatasetFlag> _flags = [];
    private readonly List<WaiverRecord> _waivers = [];
    private readonly List<DeploymentRecord> _deployments = [];
    private readonly Dictionary<long, string?> _personOf = [];
    private readonly HashSet<string> _retracted = new(StringComparer.Ordinal);
    private string? _vouchedBy;
    private readonly HashSet<long> _signedRestrictions = [];

    /// <summary>Notes about entries that were not used, and why.</summary>
    public List<string> Notes { get; } = [];

    public void Add(StoredEntry stored) => Add(stored, $"ledger:{stored.Entry.Seq}");

    /// <summary>
    /// Adds a lineage entry (training, dataset, flag) of a linked trail (<c>govern audit link</c>): verified when it was
    /// linked and pinned by <paramref name="vouchedBy"/>'s signed <c>trail.linked</c> entry, so it counts as signed by them.
    /// </summary>
    public void AddLinked(StoredEntry stored, string reference, string? vouchedBy)
    {
        if (stored.Entry.Type is not (EntryTypes.TrainingCompleted or EntryTypes.DatasetRegistered or EntryTypes.DatasetFlagged or EntryTypes.DatasetUnflagged))
        {
            return;
        }

        _vouchedBy = vouchedBy;
        try
        {
            Add(stored, reference);
        }
        finally
        {
            _vouchedBy = null;
        }
    }

    private void Add(StoredEntry stored, string reference)
    {
        var entry = stored.Entry;
        var p = entry.Payload;
        var time = At(p) ?? entry.Time;
        if (EntrySigners.HasUnboundEnvelope(stored) && p["recordedFrom"] is null && EntryTypes.RequiresEnvelope(entry.Type))
        {
            Notes.Add($"{reference}: {entry.Type} carries a pre-v2 envelope that does not bind its entry; it no longer counts as anyone's signature");
        }

        var person = EntrySigners.StatementSigner(stored, trust);
        if (_vouchedBy is null)
        {
            _personOf[entry.Seq] = person; // a linked trail's sequence numbers are its own, never ours
            if (person is not null && OnlySignerRetracts(entry.Type))
            {
                _signedRestrictions.Add(entry.Seq);
            }
        }

        switch (entry.Type)
        {
            case EntryTypes.ApprovalGranted or EntryTypes.ApprovalRevoked:
                if (Person(stored, reference, out var approver, out var teams, out var approvalOrigin))
                {
                    var state = entry.Type == EntryTypes.ApprovalGranted ? ApprovalState.Approved : ApprovalState.Revoked;
                    _approvals.Add(new ApprovalRecord(approver, teams, OptionalDigest(p, "digest"), Str(p, "commit"), time, state, approvalOrigin));
                }

                break;
            case EntryTypes.WaiverGranted:
                if (Person(stored, reference, out var grantor, out var grantorTeams, out var waiverOrigin))
                {
                    _waivers.Add(new WaiverRecord([.. Strings(p, "rules")], Digest.Parse(Str(p, "digest")!), grantor, grantorTeams, Str(p, "reason") ?? "",
                        Time(p, "granted") ?? time, Time(p, "expires") ?? time, waiverOrigin));
                }

                break;
            case EntryTypes.AttestationAdded:
                // Only a verified statement signer attests; the payload's "signer" is a claim.
                _attestations.Add(new AttestationRecord(Str(p, "predicateType")!, Str(p, "signer")!, Digest.Parse(Str(p, "digest")!), time,
                    Origin(reference, p["recordedFrom"] is null ? person : null)));
                break;
            case EntryTypes.EvaluationRecorded:
                _evaluations.Add(new EvaluationRecord(Str(p, "metric")!, (double)p["value"]!, Str(p, "dataset"), Digest.Parse(Str(p, "digest")!), time, Recorded(stored, reference)));
                break;
            case EntryTypes.DatasetRegistered:
                _datasets.Add(new DatasetRecord(Str(p, "id")!, OptionalDigest(p, "digest"), time, Recorded(stored, reference)));
                break;
            case EntryTypes.TrainingCompleted:
                _training.Add(new TrainingRecord(Str(p, "stage")!, [.. Inputs(p)], Digest.Parse(Str(p, "output")!), time, Recorded(stored, reference)));
                break;
            case EntryTypes.DatasetFlagged:
                _flags.Add(new DatasetFlag(Str(p, "dataset")!, Str(p, "reason") ?? "", time, person is null ? Recorded(stored, reference) : Origin(reference, person)));
                break;
            case EntryTypes.DatasetUnflagged:
                var dataset = Str(p, "dataset");
                for (var i = 0; i < _flags.Count; i++)
                {
                    if (_flags[i].Dataset == dataset && _flags[i].Cleared is null)
                    {
                        _flags[i] = _flags[i] with { Cleared = time };
                    }
                }

                break;
            case EntryTypes.DeploymentCompleted or EntryTypes.DeploymentRolledBack when Str(p, "digest") is { } deployed:
                _deployments.Add(new DeploymentRecord(Str(p, "environment")!, Str(p, "model") ?? Str(entry.Subject, "model") ?? "", Digest.Parse(deployed), time, Recorded(stored, reference)));
                break;
            case EntryTypes.RecordRetracted:
                Retract(entry.Seq, p, person, reference);
                break;
        }
    }

    /// <summary>
    /// True for entry types that restrict a decision (a revocation, a flag): when a person signed one, only that person
    /// may retract it; a recorder retracting it would revive an approval or a dataset without anyone's signature.
    /// </summary>
    public static bool OnlySignerRetracts(string type) => type is EntryTypes.ApprovalRevoked or EntryTypes.DatasetFlagged;

    public EvidenceSet Build() => new()
    {
        Approvals = Live(_approvals),
        Evaluations = Live(_evaluations),
        Attestations = Live(_attestations),
        Datasets = Live(_datasets),
        Training = Live(_training),
        Flags = Live(_flags),
        Waivers = Live(_waivers),
        Deployments = Live(_deployments),
    };

    // A retraction counts when it names an earlier entry and comes from a recorder (no statement) or from the person
    // who signed the original.
    private void Retract(long seq, JsonObject p, string? person, string reference)
    {
        var target = p["seq"] is JsonValue v && v.TryGetValue<long>(out var n) ? n : 0;
        if (target < 1 || target >= seq)
        {
            Notes.Add($"{reference}: retraction of entry {target} ignored (not an earlier entry)");
            return;
        }

        var original = _personOf.GetValueOrDefault(target);
        if (person is null && _signedRestrictions.Contains(target))
        {
            Notes.Add($"{reference}: retraction of entry {target} ignored: {original} signed it, and only {original} may take it back");
            return;
        }

        if (person is not null && person != original)
        {
            Notes.Add($"{reference}: retraction of entry {target} by {person} ignored: only a recorder or {original ?? "the recorder"} may retract it");
            return;
        }

        _retracted.Add($"ledger:{target}");
        Notes.Add($"{reference}: entry {target} retracted ({Str(p, "reason")})");
    }

    private List<T> Live<T>(List<T> items)
        where T : IEvidenceItem =>
        _retracted.Count == 0 ? items : [.. items.Where(i => !_retracted.Contains(i.Origin.Reference))];

    private bool Person(StoredEntry stored, string reference, out string person, out IReadOnlyList<string> teams, out EvidenceOrigin origin)
    {
        var p = stored.Entry.Payload;
        person = Str(p, "approver")!;
        if (p["recordedFrom"] is null)
        {
            var signer = EntrySigners.StatementSigner(stored, trust);
            teams = trust.Principals.TeamsOf(person);
            origin = Origin(reference, signer);
            return signer == person;
        }

        // Relayed: the recorder vouches that it saw this elsewhere; it is not the person's signature.
        teams = [.. Strings(p, "teams")];
        origin = Relayed(p, reference);
        var recorder = EntrySigners.Recorder(stored, trust);
        if (recorder is not null && trust.Principals.IsRecorder(recorder))
        {
            return true;
        }

        Notes.Add($"{reference}: {stored.Entry.Type} for {person} recorded from {p["recordedFrom"]} by {recorder ?? "an unknown key"}, who is not a recorder in principals.yaml; ignored");
        return false;
    }

    private static EvidenceOrigin Relayed(JsonObject p, string reference) =>
        new(Str(p, "recordedFrom") == "github" ? EvidenceSource.GitHub : EvidenceSource.File, reference);

    private EvidenceOrigin Recorded(StoredEntry stored, string reference) => Origin(reference, _vouchedBy ?? EntrySigners.Recorder(stored, trust));

    private static EvidenceOrigin Origin(string reference, string? signer) => new(EvidenceSource.Ledger, reference, signer);

    private static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static IEnumerable<string> Strings(JsonObject o, string name) =>
        o[name] is JsonArray a ? a.Select(n => n?.GetValue<string>() ?? "") : [];

    private static IEnumerable<string> Inputs(JsonObject o) => o["inputs"] is JsonArray a
        ? a.Select(n => n is JsonObject input ? InputText(input) : n?.GetValue<string>() ?? "")
        : [];

    private static string InputText(JsonObject input)
    {
        var id = Str(input, "id") ?? "";
        var digest = Str(input, "digest");
        return Str(input, "kind") == "model" ? digest ?? id : digest is null ? id : $"{id}@{digest}";
    }

    private static Digest? OptionalDigest(JsonObject o, string name) => Digest.TryParse(Str(o, name), out var d) ? d : null;

    private static DateTimeOffset? At(JsonObject o) => Time(o, "observedAt");

    private static DateTimeOffset? Time(JsonObject o, string name) =>
        Str(o, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
