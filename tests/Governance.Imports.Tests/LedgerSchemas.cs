using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;
using Governance.Ledger.Entries;

namespace Governance.Imports.Tests;

/// <summary>The ledger's real payload schemas (as the CLI supplies them), and the canonical form entries are stored in.</summary>
internal sealed class LedgerSchemas : IPayloadSchemas
{
    public static readonly LedgerSchemas Instance = new();

    public bool Accepts(string type, JsonObject payload) =>
        EntrySchemas.ValidatePayload(type, JsonSerializer.SerializeToElement(payload)) is { Count: 0 };

    /// <summary>One line per entry: type, subject and the payload's canonical (stored) bytes.</summary>
    public static string Render(ImportedEntry entry) =>
        $"{entry.Type} model={entry.Model ?? "-"} digest={entry.Digest ?? "-"} dataset={entry.Dataset ?? "-"} deployment={entry.Deployment ?? "-"}\n  " +
        Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(entry.Payload));
}
