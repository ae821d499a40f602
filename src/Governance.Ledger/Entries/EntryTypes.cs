namespace Governance.Ledger.Entries;

/// <summary>The namespaced, versioned entry types (DESIGN §6).</summary>
public static class EntryTypes
{
    /// <summary><c>dataset.registered/v1</c></summary>
    public const string DatasetRegistered = "dataset.registered/v1";
    /// <summary><c>dataset.attested/v1</c></summary>
    public const string DatasetAttested = "dataset.attested/v1";
    /// <summary><c>dataset.flagged/v1</c></summary>
    public const string DatasetFlagged = "dataset.flagged/v1";
    /// <summary><c>dataset.unflagged/v1</c></summary>
    public const string DatasetUnflagged = "dataset.unflagged/v1";
    /// <summary><c>training.started/v1</c></summary>
    public const string TrainingStarted = "training.started/v1";
    /// <summary><c>training.completed/v1</c></summary>
    public const string TrainingCompleted = "training.completed/v1";
    /// <summary><c>evaluation.recorded/v1</c></summary>
    public const string EvaluationRecorded = "evaluation.recorded/v1";
    /// <summary><c>approval.granted/v1</c> (carries the approver's DSSE envelope)</summary>
    public const string ApprovalGranted = "approval.granted/v1";
    /// <summary><c>approval.revoked/v1</c> (carries the approver's DSSE envelope)</summary>
    public const string ApprovalRevoked = "approval.revoked/v1";
    /// <summary><c>waiver.granted/v1</c> (carries the approver's DSSE envelope)</summary>
    public const string WaiverGranted = "waiver.granted/v1";
    /// <summary><c>attestation.added/v1</c> (carries the signer's DSSE envelope)</summary>
    public const string AttestationAdded = "attestation.added/v1";
    /// <summary><c>policy.changed/v1</c></summary>
    public const string PolicyChanged = "policy.changed/v1";
    /// <summary><c>deployment.requested/v1</c></summary>
    public const string DeploymentRequested = "deployment.requested/v1";
    /// <summary><c>decision.recorded/v1</c></summary>
    public const string DecisionRecorded = "decision.recorded/v1";
    /// <summary><c>deployment.completed/v1</c></summary>
    public const string DeploymentCompleted = "deployment.completed/v1";
    /// <summary><c>deployment.rolled_back/v1</c></summary>
    public const string DeploymentRolledBack = "deployment.rolled_back/v1";
    /// <summary><c>monitoring.reported/v1</c></summary>
    public const string MonitoringReported = "monitoring.reported/v1";
    /// <summary><c>incident.opened/v1</c></summary>
    public const string IncidentOpened = "incident.opened/v1";
    /// <summary><c>trail.imported/v1</c></summary>
    public const string TrailImported = "trail.imported/v1";
    /// <summary><c>audit.exported/v1</c>: an evidence bundle was exported (its digest).</summary>
    public const string AuditExported = "audit.exported/v1";
    /// <summary><c>trail.linked/v1</c>: another organisation's verified ledger checkpoint.</summary>
    public const string TrailLinked = "trail.linked/v1";
    /// <summary><c>external.event/v1</c></summary>
    public const string ExternalEvent = "external.event/v1";

    /// <summary><c>record.retracted/v1</c>: a correction; the entry at <c>payload.seq</c> stops counting but stays in the trail.</summary>
    public const string RecordRetracted = "record.retracted/v1";

    /// <summary>Every known type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        DatasetRegistered, DatasetAttested, DatasetFlagged, DatasetUnflagged, TrainingStarted, TrainingCompleted,
        EvaluationRecorded, ApprovalGranted, ApprovalRevoked, WaiverGranted, AttestationAdded, PolicyChanged,
        DeploymentRequested, DecisionRecorded, DeploymentCompleted, DeploymentRolledBack, MonitoringReported,
        IncidentOpened, TrailImported, ExternalEvent, AuditExported, TrailLinked, RecordRetracted,
    ];

    /// <summary>True for records a person makes, which must embed that person's DSSE envelope.</summary>
    public static bool RequiresEnvelope(string type) =>
        type is ApprovalGranted or ApprovalRevoked or WaiverGranted or AttestationAdded;

    /// <summary>
    /// True when an entry of <paramref name="type"/> must embed a person's DSSE envelope: person-made records, unless
    /// <paramref name="relayed"/> (<c>recordedFrom</c>: evidence a recorder relays from a file or GitHub, which no
    /// person signed and which counts only with its own origin).
    /// </summary>
    public static bool RequiresEnvelope(string type, bool relayed) => RequiresEnvelope(type) && !relayed;

    /// <summary>True for types a person may sign a statement for (required or optional: flags and retractions).</summary>
    public static bool MayCarryStatement(string type) =>
        RequiresEnvelope(type) || type is DatasetFlagged or DatasetUnflagged or RecordRetracted;

    /// <summary>The payload member naming the person who must have signed the envelope, or null.</summary>
    public static string? SignerField(string type) => type switch
    {
        ApprovalGranted or ApprovalRevoked or WaiverGranted => "approver",
        AttestationAdded => "signer",
        _ => null,
    };
}
