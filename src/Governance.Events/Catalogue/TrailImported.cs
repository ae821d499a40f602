using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>trail.imported/v1</c>: a foreign audit trail was imported: its head, for cross-organisation links.</summary>
public sealed record TrailImported : LedgerEvent
{
    /// <summary>The type name, <c>trail.imported/v1</c>.</summary>
    public const string TypeName = "trail.imported/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The imported file.</summary>
    public required string Source { get; init; }

    /// <summary>The foreign head: its <c>curr_hash</c>, or <c>{seq, curr_hash, timestamp}</c>.</summary>
    public required JsonNode Head { get; init; }

    /// <summary>How many events were imported.</summary>
    public required long Events { get; init; }

    /// <summary>The foreign format.</summary>
    public string? Format { get; init; }

    /// <summary>True when the trail verified.</summary>
    public bool? Verified { get; init; }

    /// <summary>How many records the trail holds.</summary>
    public long? Records { get; init; }

    /// <summary>The trail's hash algorithm.</summary>
    [JsonPropertyName("hash_alg")]
    public string? HashAlg { get; init; }

    /// <summary>True when an anchor matched.</summary>
    public bool? Anchored { get; init; }
}
