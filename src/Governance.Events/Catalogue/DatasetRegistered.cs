using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>dataset.registered/v1</c>: a dataset was registered: its id, content digest and accountability metadata.</summary>
public sealed record DatasetRegistered : LedgerEvent
{
    /// <summary>The type name, <c>dataset.registered/v1</c>.</summary>
    public const string TypeName = "dataset.registered/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The dataset id.</summary>
    public required string Id { get; init; }

    /// <summary>Content digest of exactly the snapshot used.</summary>
    public string? Digest { get; init; }

    /// <summary>Source URI.</summary>
    public string? Uri { get; init; }

    /// <summary>Licence (SPDX id where there is one).</summary>
    public string? License { get; init; }

    /// <summary>Dataset version or snapshot name.</summary>
    public string? Version { get; init; }

    /// <summary>Number of rows.</summary>
    public long? Rows { get; init; }

    /// <summary>Accountable owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Datasheet URL.</summary>
    public string? Datasheet { get; init; }

    /// <summary>Stable provenance tag (DebugLM-style).</summary>
    public string? ProvenanceTag { get; init; }

    /// <summary>Residual PII risk.</summary>
    public string? Pii { get; init; }

    /// <summary>Risk labels such as <c>dual_use</c>.</summary>
    public IReadOnlyList<string>? RiskLabels { get; init; }

    /// <summary>Where an imported entry came from (the foreign record), when it was imported.</summary>
    public ImportedOrigin? Imported { get; init; }
}
