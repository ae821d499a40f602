namespace Governance.Events.Projection;

/// <summary>
/// The event type names the projections switch on (DESIGN §6; the same strings as the ledger's entry types). Kept here
/// until the typed catalogue replaces the string switch.
/// </summary>
internal static class EventTypeNames
{
    public const string DatasetRegistered = "dataset.registered/v1";
    public const string DatasetAttested = "dataset.attested/v1";
    public const string DatasetFlagged = "dataset.flagged/v1";
    public const string DatasetUnflagged = "dataset.unflagged/v1";
    public const string TrainingCompleted = "training.completed/v1";
    public const string EvaluationRecorded = "evaluation.recorded/v1";
    public const string ApprovalGranted = "approval.granted/v1";
    public const string ApprovalRevoked = "approval.revoked/v1";
    public const string WaiverGranted = "waiver.granted/v1";
    public const string AttestationAdded = "attestation.added/v1";
    public const string DeploymentCompleted = "deployment.completed/v1";
    public const string DeploymentRolledBack = "deployment.rolled_back/v1";
    public const string RecordRetracted = "record.retracted/v1";

    /// <summary>Person-made records, which must embed that person's statement unless a recorder relayed them.</summary>
    public static bool RequiresEnvelope(string type) => type is ApprovalGranted or ApprovalRevoked or WaiverGranted or AttestationAdded;

    /// <summary>The lineage types a linked trail contributes.</summary>
    public static bool IsLineage(string type) => type is TrainingCompleted or DatasetRegistered or DatasetFlagged or DatasetUnflagged;
}
