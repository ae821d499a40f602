using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary>
/// Source-generated System.Text.Json metadata for every event record: camelCase members (snake_case where the
/// persisted format has it), unset members left out, nullable annotations enforced when reading.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(ApprovalGranted))]
[JsonSerializable(typeof(ApprovalRevoked))]
[JsonSerializable(typeof(AttestationAdded))]
[JsonSerializable(typeof(AuditExported))]
[JsonSerializable(typeof(DatasetAttested))]
[JsonSerializable(typeof(DatasetFlagged))]
[JsonSerializable(typeof(DatasetRegistered))]
[JsonSerializable(typeof(DatasetUnflagged))]
[JsonSerializable(typeof(DecisionRecorded))]
[JsonSerializable(typeof(DeploymentCompleted))]
[JsonSerializable(typeof(DeploymentRequested))]
[JsonSerializable(typeof(DeploymentRolledBack))]
[JsonSerializable(typeof(EvaluationRecorded))]
[JsonSerializable(typeof(ExternalEvent))]
[JsonSerializable(typeof(IncidentOpened))]
[JsonSerializable(typeof(MonitoringReported))]
[JsonSerializable(typeof(PolicyChanged))]
[JsonSerializable(typeof(RecordRetracted))]
[JsonSerializable(typeof(TrailImported))]
[JsonSerializable(typeof(TrailLinked))]
[JsonSerializable(typeof(TrainingCompleted))]
[JsonSerializable(typeof(TrainingStarted))]
[JsonSerializable(typeof(WaiverGranted))]
public sealed partial class EventJsonContext : JsonSerializerContext;
