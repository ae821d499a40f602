using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Events.Catalogue;
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
    public const string ExternalEventType = ExternalEvent.TypeName;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DatasetRegistered"] = DatasetRegistered.TypeName,
        ["DatasetAttestation"] = DatasetAttested.TypeName,
        ["DatasetFlagged"] = DatasetFlagged.TypeName,
        ["FineTuneStart"] = TrainingStarted.TypeName,
        ["TrainingStageStart"] = TrainingStarted.TypeName,
        ["TrainingStarted"] = TrainingStarted.TypeName,
        ["FineTuneEnd"] = TrainingCompleted.TypeName,
        ["TrainingStageEnd"] = TrainingCompleted.TypeName,
        ["TrainingCompleted"] = TrainingCompleted.TypeName,
        ["Evaluation"] = EvaluationRecorded.TypeName,
        ["Approval"] = ApprovalGranted.TypeName,
        ["ApprovalRevoked"] = ApprovalRevoked.TypeName,
        ["RiskWaiver"] = WaiverGranted.TypeName,
        ["Attestation"] = AttestationAdded.TypeName,
        ["DeploymentRequested"] = DeploymentRequested.TypeName,
        ["Deployment"] = DeploymentCompleted.TypeName,
        ["DeploymentCompleted"] = DeploymentCompleted.TypeName,
        ["ModelPromoted"] = DeploymentCompleted.TypeName,
        ["Promotion"] = DeploymentCompleted.TypeName,
        ["Rollback"] = DeploymentRolledBack.TypeName,
        ["DeploymentRolledBack"] = DeploymentRolledBack.TypeName,
        ["MonitoringReport"] = MonitoringReported.TypeName,
        ["IncidentOpened"] = IncidentOpened.TypeName,
        ["Incident"] = IncidentOpened.TypeName,
        ["PolicyChanged"] = PolicyChanged.TypeName,
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
    /// The <c>trail.imported</c> pointer entry: the foreign trail's head, how it was verified, how many records it
    /// held and how many events were imported, so another ledger can refer to exactly this state of the trail.
    /// </summary>
    /// <exception cref="ArgumentException">The trail is empty (it has no head).</exception>
    public static TrailImported Pointer(TrailIntact trail, LlmAuditHashAlgorithm algorithm, string source, int events, bool anchored)
    {
        ArgumentNullException.ThrowIfNull(trail);
        var head = trail.Head ?? throw new ArgumentException("An empty trail has no head to point at.", nameof(trail));
        return new TrailImported
        {
            Format = "llm-audit-trail",
            Source = source,
            HashAlg = algorithm == LlmAuditHashAlgorithm.HmacSha256 ? "hmac-sha256" : "sha256",
            Records = trail.Records,
            Head = new JsonObject { ["seq"] = head.Seq, ["curr_hash"] = head.CurrHash, ["timestamp"] = head.Timestamp },
            Events = events,
            Verified = true,
            Anchored = anchored,
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
