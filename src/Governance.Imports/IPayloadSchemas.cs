using System.Text.Json.Nodes;

namespace Governance.Imports;

/// <summary>
/// The ledger's payload schemas, as far as an import needs them: whether a payload it mapped to one of our types
/// is valid for that type (the schemas live with the ledger format; the host supplies them).
/// </summary>
public interface IPayloadSchemas
{
    /// <summary>True when <paramref name="payload"/> is valid for <paramref name="type"/> (false for a type without a schema).</summary>
    bool Accepts(string type, JsonObject payload);
}
