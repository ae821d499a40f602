using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>monitoring.reported/v1</c>: a monitoring observation for a deployed model.</summary>
public sealed record MonitoringReported : LedgerEvent
{
    /// <summary>The type name, <c>monitoring.reported/v1</c>.</summary>
    public const string TypeName = "monitoring.reported/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Monitored metric.</summary>
    public required string Metric { get; init; }

    /// <summary>Observed value.</summary>
    public required double Value { get; init; }

    /// <summary>The environment.</summary>
    public string? Environment { get; init; }

    /// <summary>The model digest (<c>sha256:…</c>).</summary>
    public string? Digest { get; init; }

    /// <summary>Observation window, e.g. <c>24h</c>.</summary>
    public string? Window { get; init; }

    /// <summary>Where an imported entry came from (the foreign record), when it was imported.</summary>
    public ImportedOrigin? Imported { get; init; }
}
