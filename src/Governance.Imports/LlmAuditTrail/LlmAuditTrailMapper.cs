using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// Maps verified llm-audit-trail records (reference §1.4, §2.4) to our event types (DESIGN §6). Event
/// names are matched case-insensitively; anything unknown, and PoC telemetry we have no type for
/// (<c>EpochEnd</c>, <c>Checkpoint</c>, <c>InferenceRequest</c>, <c>InferenceResponse</c>), becomes
/// <c>external.event/v1</c> with its original name kept, so nothing is dropped.
/// </summary>
public static partial class LlmAuditTrailMapper
{
    /// <summary>The type of events with no counterpart of ours.</summary>
    public const string ExternalEventType = "external.event/v1";

    /// <summary>The type of the pointer entry recording an imported trail's head.</summary>
    public const string TrailImportedType = "trail.imported/v1";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DatasetRegistered"] = "dataset.registered/v1",
        ["DatasetAttestation"] = "dataset.attested/v1",
        ["DatasetFlagged"] = "dataset.flagged/v1",
        ["FineTuneStart"] = "training.started/v1",
        ["TrainingStageStart"] = "training.started/v1",
        ["TrainingStarted"] = "training.started/v1",
        ["FineTuneEnd"] = "training.completed/v1",
        ["TrainingStageEnd"] = "training.completed/v1",
        ["TrainingCompleted"] = "training.completed/v1",
        ["Evaluation"] = "evaluation.recorded/v1",
        ["Approval"] = "approval.granted/v1",
        ["ApprovalRevoked"] = "approval.revoked/v1",
        ["RiskWaiver"] = "waiver.granted/v1",
        ["Attestation"] = "attestation.added/v1",
        ["DeploymentRequested"] = "deployment.requested/v1",
        ["Deployment"] = "deployment.completed/v1",
        ["DeploymentCompleted"] = "deployment.completed/v1",
        ["ModelPromoted"] = "deployment.completed/v1",
        ["Promotion"] = "deployment.completed/v1",
        ["Rollback"] = "deployment.rolled_back/v1",
        ["DeploymentRolledBack"] = "deployment.rolled_back/v1",
        ["MonitoringReport"] = "monitoring.reported/v1",
        ["IncidentOpened"] = "incident.opened/v1",
        ["Incident"] = "incident.opened/v1",
        ["PolicyChanged"] = "policy.changed/v1",
    };

    /// <summary>Our type for a source <c>event_type</c> (<see cref="ExternalEventType"/> when unknown).</summary>
    public static string MapEventType(string? eventType) =>
        eventType is not null && Types.TryGetValue(eventType, out var type) ? type : ExternalEventType;

    /// <summary>Maps one verified record.</summary>
    public static ImportedEvent Map(TrailRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = record.Json;
        var originalType = json["event_type"]?.String ?? "";
        var type = MapEventType(originalType);
        var details = json["details"];
        return new ImportedEvent
        {
            Type = type,
            Time = ParseTime(json["timestamp"]?.String),
            Actor = json["actor"]?.String,
            Model = json["model_id"]?.String,
            Digest = Digest(details, type.StartsWith("dataset.", StringComparison.Ordinal)),
            Dataset = json["dataset_id"]?.String,
            Deployment = NullIfEmpty(json["deployment_id"]?.String),
            Payload = PyJsonNodeConverter.ToObject(details),
            System = json["system"]?.String,
            OriginalType = originalType,
            OriginalEventId = json["event_id"]?.String,
            OriginalSeq = record.Seq,
            OriginalCurrHash = record.CurrHash,
            OriginalLine = record.LineNumber,
        };
    }

    /// <summary>
    /// The payload of the <c>trail.imported</c> pointer entry: the foreign trail's head, how it was verified,
    /// and how many records it held, so another ledger can refer to exactly this state of the trail.
    /// </summary>
    public static JsonObject TrailImportedPayload(TrailIntact trail, LlmAuditHashAlgorithm algorithm, string source)
    {
        ArgumentNullException.ThrowIfNull(trail);
        return new JsonObject
        {
            ["format"] = "llm-audit-trail",
            ["source"] = source,
            ["hash_alg"] = algorithm == LlmAuditHashAlgorithm.HmacSha256 ? "hmac-sha256" : "sha256",
            ["records"] = trail.Records,
            ["head"] = trail.Head is null ? null : new JsonObject
            {
                ["seq"] = trail.Head.Seq,
                ["curr_hash"] = trail.Head.CurrHash,
                ["timestamp"] = trail.Head.Timestamp,
            },
        };
    }

    private static DateTimeOffset? ParseTime(string? timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    private static string? Digest(PyJsonValue? details, bool dataset)
    {
        string?[] candidates = dataset
            ? [details?["content_hash"]?.String]
            : [details?["model_digest"]?.String, details?["digest"]?.String];
        return candidates.FirstOrDefault(c => c is not null && Sha256Digest().IsMatch(c));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Sha256Digest();
}
