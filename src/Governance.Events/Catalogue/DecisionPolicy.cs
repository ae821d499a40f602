using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary>A policy a decision evaluated.</summary>
public sealed record DecisionPolicy
{
    /// <summary>The policy name.</summary>
    public required string Name { get; init; }

    /// <summary>The policy digest (<c>sha256:…</c>).</summary>
    public required string Digest { get; init; }

    /// <summary>Whether the policy applied to the subject.</summary>
    public bool? Applies { get; init; }

    /// <summary>Members this record does not model, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
