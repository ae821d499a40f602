using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary>One rule's outcome in a decision.</summary>
public sealed record DecisionRule
{
    /// <summary>The policy the rule belongs to.</summary>
    public required string Policy { get; init; }

    /// <summary>The rule id.</summary>
    public required string Id { get; init; }

    /// <summary><c>pass</c>, <c>fail</c>, <c>waived</c>, <c>skipped</c> or <c>error</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary><c>audit</c> or <c>enforce</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Members this record does not model, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
