using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>evaluation.recorded/v1</c>: an evaluation result for a model digest.</summary>
public sealed record EvaluationRecorded : LedgerEvent
{
    /// <summary>The type name, <c>evaluation.recorded/v1</c>.</summary>
    public const string TypeName = "evaluation.recorded/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Metric name.</summary>
    public required string Metric { get; init; }

    /// <summary>Metric value.</summary>
    public required double Value { get; init; }

    /// <summary>Evaluation dataset or task.</summary>
    public string? Dataset { get; init; }

    /// <summary>The model digest (<c>sha256:…</c>).</summary>
    public required string Digest { get; init; }

    /// <summary>Harness and version.</summary>
    public string? Harness { get; init; }

    /// <summary>Number of samples.</summary>
    public long? Samples { get; init; }

    /// <summary>Standard error of the value.</summary>
    public double? Stderr { get; init; }

    /// <summary>Task version.</summary>
    public string? TaskVersion { get; init; }

    /// <summary>Few-shot examples per prompt.</summary>
    public long? NumFewShot { get; init; }

    /// <summary>True for a group (aggregate) result.</summary>
    public bool? Group { get; init; }

    /// <summary>The model name.</summary>
    public string? Model { get; init; }

    /// <summary>The file the result was imported from.</summary>
    public string? Source { get; init; }

    /// <summary>Where an imported entry came from (the foreign record), when it was imported.</summary>
    public ImportedOrigin? Imported { get; init; }
}
