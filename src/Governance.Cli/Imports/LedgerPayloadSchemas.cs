using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Imports;
using Governance.Ledger.Entries;

namespace Governance.Cli.Imports;

/// <summary>The ledger's embedded payload schemas, for importers deciding whether a foreign event fits one of our types.</summary>
internal sealed class LedgerPayloadSchemas : IPayloadSchemas
{
    /// <summary>The one instance (the schemas are compiled once per process).</summary>
    public static LedgerPayloadSchemas Instance { get; } = new();

    /// <inheritdoc />
    public bool Accepts(string type, JsonObject payload) =>
        EntrySchemas.ValidatePayload(type, JsonSerializer.SerializeToElement(payload)) is { Count: 0 };
}
