using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>deployment.requested/v1</c>: a deployment of a model digest to an environment was requested.</summary>
public sealed record DeploymentRequested : LedgerEvent
{
    /// <summary>The type name, <c>deployment.requested/v1</c>.</summary>
    public const string TypeName = "deployment.requested/v1";

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
}
