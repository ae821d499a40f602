using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>audit.exported/v1</c>: an evidence bundle was exported (its digest and the checkpoint it was made at).</summary>
public sealed record AuditExported : LedgerEvent
{
    /// <summary>The type name, <c>audit.exported/v1</c>.</summary>
    public const string TypeName = "audit.exported/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>SHA-256 of the exported zip.</summary>
    public required string Bundle { get; init; }

    /// <summary>Ledger size (checkpoint) the bundle was made at.</summary>
    public required long Size { get; init; }

    /// <summary>Merkle root of the checkpoint, lowercase hex.</summary>
    public required string Root { get; init; }

    /// <summary>Files in the bundle.</summary>
    public required long Files { get; init; }

    /// <summary>How many entries the export covers.</summary>
    public required long Entries { get; init; }

    /// <summary>How many decisions it covers.</summary>
    public long? Decisions { get; init; }

    /// <summary>The model the export is limited to.</summary>
    public string? Model { get; init; }

    /// <summary>The time the export starts at.</summary>
    public string? Since { get; init; }
}
