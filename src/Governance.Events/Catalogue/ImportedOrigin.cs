using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary>
/// Where an imported entry came from: the foreign record's seq, <c>curr_hash</c>, event type and actor. The
/// foreign <see cref="Seq"/>, <see cref="Actor"/> and <see cref="System"/> are always written, as <c>null</c> when
/// the source had none (that is how importers have always stored them).
/// </summary>
public sealed record ImportedOrigin
{
    /// <summary>The foreign format, e.g. <c>llm-audit-trail</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The imported file.</summary>
    public string? Source { get; init; }

    /// <summary>The foreign record's seq, or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public long? Seq { get; init; }

    /// <summary>The foreign record's hash (what makes re-imports idempotent).</summary>
    [JsonPropertyName("curr_hash")]
    public required string CurrHash { get; init; }

    /// <summary>The foreign event type.</summary>
    [JsonPropertyName("event_type")]
    public string? EventType { get; init; }

    /// <summary>The foreign event id.</summary>
    [JsonPropertyName("event_id")]
    public string? EventId { get; init; }

    /// <summary>The foreign actor (an unauthenticated string), or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Actor { get; init; }

    /// <summary>The foreign system, or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? System { get; init; }

    /// <summary>The line of the foreign file the record was on.</summary>
    public long? Line { get; init; }

    /// <summary>Members this record does not model, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
