using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>dataset.attested/v1</c>: a statement about a dataset (e.g. a licence review) was attested.</summary>
public sealed record DatasetAttested : LedgerEvent
{
    /// <summary>The type name, <c>dataset.attested/v1</c>.</summary>
    public const string TypeName = "dataset.attested/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The dataset id.</summary>
    public required string Dataset { get; init; }

    /// <summary>Content digest of the dataset.</summary>
    public string? Digest { get; init; }

    /// <summary>What is attested.</summary>
    public required string Statement { get; init; }

    /// <summary>Tickets or documents.</summary>
    public IReadOnlyList<string>? References { get; init; }
}
