using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary>
/// A payload the catalogue cannot type: an unknown (newer or foreign) type, or a known type whose payload does not
/// fit its record. It carries the raw payload, so reading and verifying such a ledger never breaks.
/// </summary>
public sealed record UnknownEvent : LedgerEvent
{
    /// <summary>An untyped event of <paramref name="type"/>.</summary>
    /// <param name="type">The entry's type name as written.</param>
    /// <param name="payload">The payload, verbatim (not copied: the caller must not change it).</param>
    /// <param name="problem">Why it could not be typed, or null for an unknown type.</param>
    public UnknownEvent(string type, JsonObject payload, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(payload);
        Type = type;
        Payload = payload;
        Problem = problem;
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type { get; }

    /// <summary>The payload as written.</summary>
    public JsonObject Payload { get; }

    /// <summary>Why a known type's payload did not fit its record (null for a type the catalogue does not know).</summary>
    public string? Problem { get; }
}
