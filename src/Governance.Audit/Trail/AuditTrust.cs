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
/// <param name="Recorders">
/// The principals <see cref="Principals"/> gives <c>recorder: true</c> (trust v2): only their keys, allowed namespace
/// <c>git</c>, sign ledger commits, checkpoints and bundle manifests. Empty when there is no principals.yaml: then no
/// key records (fail closed).
/// </param>
public sealed record AuditTrust(string AllowedSigners, string? Principals, string Source, string? Commit, IReadOnlyList<string> Recorders)
{
    private TrustStore? _store;

    /// <summary>The parsed signers, with the recorder role given to <see cref="Recorders"/> and nobody else.</summary>
    public TrustStore Store => _store ??= TrustStore.Parse(AllowedSigners).WithRecorders(Recorders);
}
