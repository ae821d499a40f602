using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>incident.opened/v1</c>: an incident was opened, optionally traced to a dataset or training stage.</summary>
public sealed record IncidentOpened : LedgerEvent
{
    /// <summary>The type name, <c>incident.opened/v1</c>.</summary>
    public const string TypeName = "incident.opened/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Incident id.</summary>
    public required string Id { get; init; }

    /// <summary>What happened.</summary>
    public required string Summary { get; init; }

    /// <summary><c>low</c>, <c>medium</c>, <c>high</c> or <c>critical</c>.</summary>
    public string? Severity { get; init; }

    /// <summary>The model digest (<c>sha256:…</c>).</summary>
    public string? Digest { get; init; }

    /// <summary>The environment.</summary>
    public string? Environment { get; init; }

    /// <summary>Dataset the behaviour was traced to.</summary>
    public string? TracedDataset { get; init; }

    /// <summary>Training stage the behaviour was traced to.</summary>
    public string? TracedStage { get; init; }

    /// <summary>Request id of the affected interaction.</summary>
    public string? RequestId { get; init; }

    /// <summary>Where an imported entry came from (the foreign record), when it was imported.</summary>
    public ImportedOrigin? Imported { get; init; }
}
