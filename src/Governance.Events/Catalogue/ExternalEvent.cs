using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>external.event/v1</c>: a foreign event with no counterpart type here (or a person-made one, which never counts as signed).</summary>
public sealed record ExternalEvent : LedgerEvent
{
    /// <summary>The type name, <c>external.event/v1</c>.</summary>
    public const string TypeName = "external.event/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The foreign event type.</summary>
    public required string Kind { get; init; }

    /// <summary>Our type it maps to, when it has one.</summary>
    public string? MappedType { get; init; }

    /// <summary>The foreign event's details.</summary>
    public JsonNode? Details { get; init; }

    /// <summary>Where an imported entry came from (the foreign record), when it was imported.</summary>
    public ImportedOrigin? Imported { get; init; }
}
