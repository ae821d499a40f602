using Governance.Ledger.Trust;

namespace Governance.Audit.Trail;

/// <summary>
/// The trust a ledger is read under: the trusted ref's <c>allowed_signers</c> and <c>principals.yaml</c> texts, where
/// they came from and the commit they were read at (recorded in bundles so an auditor can compare them).
/// </summary>
/// <param name="AllowedSigners">The allowed_signers text.</param>
/// <param name="Principals">The principals.yaml text, or null when there is none.</param>
/// <param name="Source">Where the files were read from, for messages (<c>origin/main:.governance/allowed_signers</c>).</param>
/// <param name="Commit">The commit of the trusted ref they were read at, or null for explicit files.</param>
public sealed record AuditTrust(string AllowedSigners, string? Principals, string Source, string? Commit)
{
    private TrustStore? _store;

    /// <summary>The parsed signers.</summary>
    public TrustStore Store => _store ??= TrustStore.Parse(AllowedSigners);
}
