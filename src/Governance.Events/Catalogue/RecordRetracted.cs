using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>record.retracted/v1</c>: a correction: the entry at <see cref="Seq"/> stops counting but stays in the trail.</summary>
public sealed record RecordRetracted : LedgerEvent
{
    /// <summary>The type name, <c>record.retracted/v1</c>.</summary>
    public const string TypeName = "record.retracted/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The retracted entry's seq.</summary>
    public required long Seq { get; init; }

    /// <summary><c>sha256:</c> of the retracted entry's canonical bytes.</summary>
    public required string Entry { get; init; }

    /// <summary>The retracted entry's type.</summary>
    [JsonPropertyName("type")]
    public string? RetractedType { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
