namespace Governance.Ledger.Writing;

/// <summary>Defaults for ledgers created by the CLI.</summary>
public static class LedgerDefaults
{
    /// <summary>The checkpoint origin unless <c>git config governance.origin</c> names another.</summary>
    public const string Origin = "governance.local/ledger";
}
