using Governance.Events.Catalogue;

namespace Governance.Imports;

/// <summary>
/// The ledger's payload schemas, as far as an import needs them: whether an event it mapped to one of our types is
/// valid for that type (patterns, lengths and ranges the records do not express; the schemas live with the ledger
/// format, and the host supplies them).
/// </summary>
public interface IPayloadSchemas
{
    /// <summary>True when <paramref name="value"/>'s payload is valid for its type (false for a type without a schema).</summary>
    bool Accepts(LedgerEvent value);
}
