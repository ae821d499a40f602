using Governance.Events.Catalogue;

namespace Governance.Imports;

/// <summary>
/// One ledger entry an import produces: its typed event and subject. The host appends it under its own actor
/// (imports know neither git nor keys); the subject members it leaves unset stay out of the entry.
/// </summary>
/// <param name="Event">The event; its type is the entry's type, its members the payload exactly as stored.</param>
public sealed record ImportedEntry(LedgerEvent Event)
{
    /// <summary>The entry type, e.g. <c>evaluation.recorded/v1</c>.</summary>
    public string Type => Event.Type;

    /// <summary>The subject model name.</summary>
    public string? Model { get; init; }

    /// <summary>The subject model (or dataset content) digest.</summary>
    public string? Digest { get; init; }

    /// <summary>The subject dataset id.</summary>
    public string? Dataset { get; init; }

    /// <summary>The subject deployment id.</summary>
    public string? Deployment { get; init; }
}
