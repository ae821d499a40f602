using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>dataset.flagged/v1</c>: a dataset was flagged as harmful (DebugLM-style remediation starts here).</summary>
public sealed record DatasetFlagged : LedgerEvent
{
    /// <summary>The type name, <c>dataset.flagged/v1</c>.</summary>
    public const string TypeName = "dataset.flagged/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The dataset id.</summary>
    public required string Dataset { get; init; }

    /// <summary>Content digest of the flagged snapshot.</summary>
    public string? Digest { get; init; }

    /// <summary>Why it is flagged.</summary>
    public required string Reason { get; init; }

    /// <summary>Tickets or documents.</summary>
    public IReadOnlyList<string>? References { get; init; }

    /// <summary><c>low</c>, <c>medium</c>, <c>high</c> or <c>critical</c>.</summary>
    public string? Severity { get; init; }

    /// <summary>Where an imported entry came from (the foreign record), when it was imported.</summary>
    public ImportedOrigin? Imported { get; init; }
}
