using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>trail.linked/v1</c>: another organisation's verified ledger checkpoint was linked.</summary>
public sealed record TrailLinked : LedgerEvent
{
    /// <summary>The type name, <c>trail.linked/v1</c>.</summary>
    public const string TypeName = "trail.linked/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Their ledger origin.</summary>
    public required string Origin { get; init; }

    /// <summary>Their checkpoint size.</summary>
    public required long Size { get; init; }

    /// <summary>Their Merkle root, lowercase hex.</summary>
    public required string Root { get; init; }

    /// <summary>Their checkpoint note, verbatim.</summary>
    public required string Checkpoint { get; init; }

    /// <summary>SHA-256 of the verified bundle.</summary>
    public required string Bundle { get; init; }

    /// <summary>Fingerprints of the keys that signed their checkpoint and manifest.</summary>
    public required IReadOnlyList<string> Signers { get; init; }

    /// <summary>The earlier link of the same origin this one is consistent with.</summary>
    public long? Previous { get; init; }

    /// <summary>Model digests their training stages output.</summary>
    public IReadOnlyList<string>? Models { get; init; }

    /// <summary>Datasets their training stages used.</summary>
    public IReadOnlyList<string>? Datasets { get; init; }
}
