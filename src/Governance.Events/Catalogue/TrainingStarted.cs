using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>training.started/v1</c>: a training stage started.</summary>
public sealed record TrainingStarted : LedgerEvent
{
    /// <summary>The type name, <c>training.started/v1</c>.</summary>
    public const string TypeName = "training.started/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Stage name.</summary>
    public required string Stage { get; init; }

    /// <summary>Training run id or URL.</summary>
    public string? Run { get; init; }

    /// <summary>The datasets and base models the stage consumed.</summary>
    public IReadOnlyList<TrainingStageInput>? Inputs { get; init; }

    /// <summary>Hyper-parameters.</summary>
    public JsonObject? Parameters { get; init; }

    /// <summary><c>pretraining</c>, <c>sft</c>, <c>preference</c> or <c>rl</c>.</summary>
    public string? StageKind { get; init; }

    /// <summary>Commit of the training code.</summary>
    public string? CodeCommit { get; init; }

    /// <summary>The output model digest, when known.</summary>
    public string? Output { get; init; }

    /// <summary>Where an imported entry came from (the foreign record), when it was imported.</summary>
    public ImportedOrigin? Imported { get; init; }
}
