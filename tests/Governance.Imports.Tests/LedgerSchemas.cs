using System.Text;
using System.Text.Json;
using Governance.Events.Catalogue;
using Governance.Ledger.Canonical;
using Governance.Ledger.Entries;

namespace Governance.Imports.Tests;

/// <summary>The ledger's real payload schemas (as the CLI supplies them), and the canonical form entries are stored in.</summary>
internal sealed class LedgerSchemas : IPayloadSchemas
{
    public static readonly LedgerSchemas Instance = new();

    public bool Accepts(LedgerEvent value)
    {
        using var payload = JsonDocument.Parse(EventCatalogue.ToUtf8(value));
        return EntrySchemas.ValidatePayload(value.Type, payload.RootElement) is { Count: 0 };
    }

    /// <summary>The payload's canonical (stored) bytes, as text.</summary>
    public static string Stored(LedgerEvent value) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(EventCatalogue.ToJson(value)));

    /// <summary>One line per entry: type, subject and the payload's canonical (stored) bytes.</summary>
    public static string Render(ImportedEntry entry) =>
        $"{entry.Type} model={entry.Model ?? "-"} digest={entry.Digest ?? "-"} dataset={entry.Dataset ?? "-"} deployment={entry.Deployment ?? "-"}\n  " + Stored(entry.Event);
}
