using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>policy.changed/v1</c>: a policy changed: its name and new digest.</summary>
public sealed record PolicyChanged : LedgerEvent
{
    /// <summary>The type name, <c>policy.changed/v1</c>.</summary>
    public const string TypeName = "policy.changed/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The policy name.</summary>
    public required string Name { get; init; }

    /// <summary>The new policy digest.</summary>
    public required string Digest { get; init; }

    /// <summary>The previous policy digest.</summary>
    public string? Previous { get; init; }

    /// <summary>The git ref.</summary>
    public string? Ref { get; init; }

    /// <summary>The commit.</summary>
    public string? Commit { get; init; }

    /// <summary><c>audit</c> or <c>enforce</c>.</summary>
    public string? Mode { get; init; }
}
