using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Governance.Events.Catalogue;

/// <summary>
/// The one table of lifecycle event types (DESIGN §6 and the types added since): type name → record → payload
/// schema, and the reading and writing of payloads through it. A type the table does not know reads as an
/// <see cref="UnknownEvent"/>, so foreign or newer ledgers always read.
/// </summary>
public static class EventCatalogue
{
    private static readonly FrozenDictionary<string, EventKind> ByType = Kinds().ToFrozenDictionary(k => k.Type, StringComparer.Ordinal);

    /// <summary>Every known kind, ordered by type name.</summary>
    public static IReadOnlyList<EventKind> All { get; } = [.. ByType.Values.OrderBy(k => k.Type, StringComparer.Ordinal)];

    /// <summary>The kind of <paramref name="type"/>, or null when the catalogue does not know it.</summary>
    public static EventKind? Find(string type) => ByType.GetValueOrDefault(type);

    /// <summary>Reads a payload of <paramref name="type"/>; never throws for a well-formed JSON object.</summary>
    public static LedgerEvent Read(string type, JsonElement payload)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (payload.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A payload is a JSON object.", nameof(payload));
        }

        if (Find(type) is not { } kind)
        {
            return new UnknownEvent(type, JsonObject.Create(payload.Clone())!);
        }

        try
        {
            return (LedgerEvent?)payload.Deserialize(kind.Json) ?? throw new JsonException("null payload");
        }
        catch (JsonException ex)
        {
            return new UnknownEvent(type, JsonObject.Create(payload.Clone())!, ex.Message);
        }
    }

    /// <summary>Reads a payload of <paramref name="type"/> from a node; never throws.</summary>
    public static LedgerEvent Read(string type, JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Read(type, JsonSerializer.SerializeToElement(payload, EventJsonContext.Default.JsonObject));
    }

    /// <summary>The payload of <paramref name="value"/> as a JSON object, members exactly as persisted.</summary>
    public static JsonObject ToJson(LedgerEvent value) => value switch
    {
        null => throw new ArgumentNullException(nameof(value)),
        UnknownEvent unknown => (JsonObject)unknown.Payload.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, Info(value))!.AsObject(),
    };

    /// <summary>The payload of <paramref name="value"/> as UTF-8 JSON (not canonicalised).</summary>
    public static byte[] ToUtf8(LedgerEvent value) => value switch
    {
        null => throw new ArgumentNullException(nameof(value)),
        UnknownEvent unknown => JsonSerializer.SerializeToUtf8Bytes(unknown.Payload, EventJsonContext.Default.JsonObject),
        _ => JsonSerializer.SerializeToUtf8Bytes(value, Info(value)),
    };

    private static JsonTypeInfo Info(LedgerEvent value) =>
        Find(value.Type) is { } kind && kind.Record == value.GetType() ? kind.Json
            : throw new ArgumentException($"'{value.GetType().Name}' is not the catalogued record of '{value.Type}'.", nameof(value));

    private static IEnumerable<EventKind> Kinds()
    {
        var c = EventJsonContext.Default;
        return
        [
            Kind(DatasetRegistered.TypeName, c.DatasetRegistered),
            Kind(DatasetAttested.TypeName, c.DatasetAttested),
            Kind(DatasetFlagged.TypeName, c.DatasetFlagged),
            Kind(DatasetUnflagged.TypeName, c.DatasetUnflagged),
            Kind(TrainingStarted.TypeName, c.TrainingStarted),
            Kind(TrainingCompleted.TypeName, c.TrainingCompleted),
            Kind(EvaluationRecorded.TypeName, c.EvaluationRecorded),
            Kind(ApprovalGranted.TypeName, c.ApprovalGranted),
            Kind(ApprovalRevoked.TypeName, c.ApprovalRevoked),
            Kind(WaiverGranted.TypeName, c.WaiverGranted),
            Kind(AttestationAdded.TypeName, c.AttestationAdded),
            Kind(PolicyChanged.TypeName, c.PolicyChanged),
            Kind(DeploymentRequested.TypeName, c.DeploymentRequested),
            Kind(DecisionRecorded.TypeName, c.DecisionRecorded),
            Kind(DeploymentCompleted.TypeName, c.DeploymentCompleted),
            Kind(DeploymentRolledBack.TypeName, c.DeploymentRolledBack),
            Kind(MonitoringReported.TypeName, c.MonitoringReported),
            Kind(IncidentOpened.TypeName, c.IncidentOpened),
            Kind(TrailImported.TypeName, c.TrailImported),
            Kind(ExternalEvent.TypeName, c.ExternalEvent),
            Kind(AuditExported.TypeName, c.AuditExported),
            Kind(TrailLinked.TypeName, c.TrailLinked),
            Kind(RecordRetracted.TypeName, c.RecordRetracted),
        ];
    }

    private static EventKind Kind<T>(string type, JsonTypeInfo<T> json)
        where T : LedgerEvent => new(type, typeof(T), EventKind.SchemaFor(type), json);
}
