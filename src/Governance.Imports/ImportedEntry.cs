using System.Text.Json.Nodes;

namespace Governance.Imports;

/// <summary>
/// One ledger entry an import produces: its type, subject and payload. The host appends it under its own actor
/// (imports know neither git nor keys); the subject members it leaves unset stay out of the entry.
/// </summary>
/// <param name="Type">The entry type, e.g. <c>evaluation.recorded/v1</c>.</param>
/// <param name="Payload">The payload, members exactly as the entry stores them.</param>
public sealed record ImportedEntry(string Type, JsonObject Payload)
{
    /// <summary>The subject model name.</summary>
    public string? Model { get; init; }

    /// <summary>The subject model (or dataset content) digest.</summary>
    public string? Digest { get; init; }

    /// <summary>The subject dataset id.</summary>
    public string? Dataset { get; init; }

    /// <summary>The subject deployment id.</summary>
    public string? Deployment { get; init; }
}
