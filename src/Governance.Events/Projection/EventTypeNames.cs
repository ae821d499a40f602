namespace Governance.Events.Projection;

/// <summary>
/// The event type names the projections switch on, taken from the typed catalogue (<see cref="Catalogue.EventCatalogue"/>),
/// and the two type groups the projection rules need.
/// </summary>
internal static class EventTypeNames
{
    public const string DatasetRegistered = Catalogue.DatasetRegistered.TypeName;
    public const string DatasetAttested = Catalogue.DatasetAttested.TypeName;
    public const string DatasetFlagged = Catalogue.DatasetFlagged.TypeName;
    public const string DatasetUnflagged = Catalogue.DatasetUnflagged.TypeName;
    public const string TrainingCompleted = Catalogue.TrainingCompleted.TypeName;
    public const string EvaluationRecorded = Catalogue.EvaluationRecorded.TypeName;
    public const string ApprovalGranted = Catalogue.ApprovalGranted.TypeName;
    public const string ApprovalRevoked = Catalogue.ApprovalRevoked.TypeName;
    public const string WaiverGranted = Catalogue.WaiverGranted.TypeName;
    public const string AttestationAdded = Catalogue.AttestationAdded.TypeName;
    public const string DeploymentCompleted = Catalogue.DeploymentCompleted.TypeName;
    public const string DeploymentRolledBack = Catalogue.DeploymentRolledBack.TypeName;
    public const string RecordRetracted = Catalogue.RecordRetracted.TypeName;

    /// <summary>Person-made records, which must embed that person's statement unless a recorder relayed them.</summary>
    public static bool RequiresEnvelope(string type) => type is ApprovalGranted or ApprovalRevoked or WaiverGranted or AttestationAdded;

    /// <summary>The types <see cref="EvidenceProjection"/> turns into evidence.</summary>
    public static bool IsEvidence(string type) => type is ApprovalGranted or ApprovalRevoked or WaiverGranted or AttestationAdded or EvaluationRecorded
        or DatasetRegistered or TrainingCompleted or DatasetFlagged or DatasetUnflagged or DeploymentCompleted or DeploymentRolledBack or RecordRetracted;

    /// <summary>The lineage types a linked trail contributes.</summary>
    public static bool IsLineage(string type) => type is TrainingCompleted or DatasetRegistered or DatasetFlagged or DatasetUnflagged;
}
