using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Evidence;
using Governance.Core.Subjects;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;

namespace Governance.Cli.Ledger;

/// <summary>
/// Turns verified ledger entries into evidence. A person-made record counts for the principal whose key signed its
/// DSSE envelope; one recorded on a person's behalf (<c>recordedFrom</c>) counts only when its recorder is listed
/// as a recorder in principals.yaml. Teams come from principals.yaml, never from the entry.
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
    private string? _vouchedBy;

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
        switch (entry.Type)
        {
            case EntryTypes.ApprovalGranted or EntryTypes.ApprovalRevoked:
                if (Person(stored, reference, out var approver, out var teams, out var signer))
                {
                    var state = entry.Type == EntryTypes.ApprovalGranted ? ApprovalState.Approved : ApprovalState.Revoked;
                    _approvals.Add(new ApprovalRecord(approver, teams, OptionalDigest(p, "digest"), Str(p, "commit"), time, state, Origin(reference, signer)));
                }

                break;
            case EntryTypes.WaiverGranted:
                if (Person(stored, reference, out var grantor, out var grantorTeams, out var waiverSigner))
                {
                    _waivers.Add(new WaiverRecord([.. Strings(p, "rules")], Digest.Parse(Str(p, "digest")!), grantor, grantorTeams, Str(p, "reason") ?? "",
                        Time(p, "granted") ?? time, Time(p, "expires") ?? time, Origin(reference, waiverSigner)));
                }

                break;
            case EntryTypes.AttestationAdded:
                var attester = p["recordedFrom"] is null ? EntrySigners.EnvelopeSigner(stored, trust) : null;
                _attestations.Add(new AttestationRecord(Str(p, "predicateType")!, Str(p, "signer")!, Digest.Parse(Str(p, "digest")!), time, Origin(reference, attester)));
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
                _flags.Add(new DatasetFlag(Str(p, "dataset")!, Str(p, "reason") ?? "", time, Recorded(stored, reference)));
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
        }
    }

    public EvidenceSet Build() => new()
    {
        Approvals = _approvals,
        Evaluations = _evaluations,
        Attestations = _attestations,
        Datasets = _datasets,
        Training = _training,
        Flags = _flags,
        Waivers = _waivers,
        Deployments = _deployments,
    };

    private bool Person(StoredEntry stored, string reference, out string person, out IReadOnlyList<string> teams, out string? signer)
    {
        var p = stored.Entry.Payload;
        person = Str(p, "approver")!;
        signer = EntrySigners.EnvelopeSigner(stored, trust);
        if (p["recordedFrom"] is null)
        {
            teams = trust.Principals.TeamsOf(person);
            return signer == person;
        }

        teams = [.. Strings(p, "teams")];
        if (signer is not null && trust.Principals.IsRecorder(signer))
        {
            return true;
        }

        Notes.Add($"{reference}: {stored.Entry.Type} for {person} recorded from {p["recordedFrom"]} by {signer ?? "an unknown key"}, who is not a recorder in principals.yaml; ignored");
        return false;
    }

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
