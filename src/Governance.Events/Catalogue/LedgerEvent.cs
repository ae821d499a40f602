using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary>
/// The payload of a ledger entry as a typed event (DESIGN §6). One sealed record per type in
/// <see cref="EventCatalogue"/>; members are named exactly as persisted. Members a record does not know (from an
/// older or foreign writer) are kept in <see cref="Extra"/> and written back, so a round trip never loses data.
/// </summary>
public abstract record LedgerEvent
{
    /// <summary>The namespaced, versioned type name, e.g. <c>dataset.registered/v1</c>.</summary>
    [JsonIgnore]
    public abstract string Type { get; }

    /// <summary>When the fact happened, when earlier than the entry's recording time (RFC 3339).</summary>
    public string? ObservedAt { get; init; }

    /// <summary>Payload members this record does not model, kept verbatim; null when there are none (a dictionary, not a <c>JsonObject</c>: System.Text.Json writes <c>JsonObject</c> extension data as invalid JSON, dotnet/runtime#97225; settable because it fills extension data after construction).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
