using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>deployment.completed/v1</c>: a model digest went live in an environment, with its serving configuration.</summary>
public sealed record DeploymentCompleted : LedgerEvent
{
    /// <summary>The type name, <c>deployment.completed/v1</c>.</summary>
    public const string TypeName = "deployment.completed/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The environment, e.g. <c>production</c>.</summary>
    public required string Environment { get; init; }

    /// <summary>The model name.</summary>
    public required string Model { get; init; }

    /// <summary>The model digest (<c>sha256:…</c>).</summary>
    public required string Digest { get; init; }

    /// <summary>The commit deployed.</summary>
    public string? Commit { get; init; }

    /// <summary>Digest of the serving configuration.</summary>
    public string? ConfigDigest { get; init; }

    /// <summary>Digest of the prompt template.</summary>
    public string? PromptTemplate { get; init; }

    /// <summary>Decoding settings (temperature, top_p, …).</summary>
    public JsonObject? Decoding { get; init; }

    /// <summary>Dataset ids or provenance tags the model refuses at serving time.</summary>
    public IReadOnlyList<string>? RefusalSet { get; init; }

    /// <summary>Rollout control, e.g. <c>10% for 48h</c>.</summary>
    public string? Rollout { get; init; }

    /// <summary>Where an imported entry came from (the foreign record), when it was imported.</summary>
    public ImportedOrigin? Imported { get; init; }
}
