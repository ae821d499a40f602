using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>deployment.rolled_back/v1</c>: a deployment was rolled back.</summary>
public sealed record DeploymentRolledBack : LedgerEvent
{
    /// <summary>The type name, <c>deployment.rolled_back/v1</c>.</summary>
    public const string TypeName = "deployment.rolled_back/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The environment, e.g. <c>production</c>.</summary>
    public required string Environment { get; init; }

    /// <summary>The model name.</summary>
    public required string Model { get; init; }

    /// <summary>The model digest (<c>sha256:…</c>).</summary>
    public required string Digest { get; init; }

    /// <summary>Why.</summary>
    public string? Reason { get; init; }

    /// <summary>The digest restored.</summary>
    public string? Restored { get; init; }

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
