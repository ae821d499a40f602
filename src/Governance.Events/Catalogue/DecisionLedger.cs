using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary>The verified ledger a decision was evaluated against.</summary>
public sealed record DecisionLedger
{
    /// <summary>How many entries it had.</summary>
    public required long Size { get; init; }

    /// <summary>Its Merkle root as <c>sha256:&lt;hex&gt;</c>, or null when it was empty.</summary>
    public string? Root { get; init; }

    /// <summary>Members this record does not model, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
