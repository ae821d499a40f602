using System.Text.Json;
using Governance.Events.Catalogue;
using Governance.Imports;
using Governance.Ledger.Entries;

namespace Governance.Workflows.Imports;

/// <summary>The ledger's embedded payload schemas, for importers deciding whether a foreign event fits one of our types.</summary>
internal sealed class LedgerPayloadSchemas : IPayloadSchemas
{
    /// <summary>The one instance (the schemas are compiled once per process).</summary>
    public static LedgerPayloadSchemas Instance { get; } = new();

    /// <inheritdoc />
    public bool Accepts(LedgerEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var payload = JsonDocument.Parse(EventCatalogue.ToUtf8(value));
        return EntrySchemas.ValidatePayload(value.Type, payload.RootElement) is { Count: 0 };
    }
}
