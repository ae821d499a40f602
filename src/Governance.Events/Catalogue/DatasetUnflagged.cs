using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>dataset.unflagged/v1</c>: a flag on a dataset was lifted.</summary>
public sealed record DatasetUnflagged : LedgerEvent
{
    /// <summary>The type name, <c>dataset.unflagged/v1</c>.</summary>
    public const string TypeName = "dataset.unflagged/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The dataset id.</summary>
    public required string Dataset { get; init; }

    /// <summary>Content digest of the snapshot.</summary>
    public string? Digest { get; init; }

    /// <summary>Why the flag is lifted.</summary>
    public required string Reason { get; init; }

    /// <summary>Tickets or documents.</summary>
    public IReadOnlyList<string>? References { get; init; }
}
