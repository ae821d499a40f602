using Governance.Events.Trust;
using Governance.Ledger.Keys;

namespace Governance.Ledger.Trust;

/// <summary>Who may sign what: the trusted allowed_signers and the principal directory, and where they were read from.</summary>
/// <param name="Signers">The allowed signers.</param>
/// <param name="Principals">Teams and recorder roles.</param>
/// <param name="Source">Where they came from, for messages (<c>origin/main:.governance/allowed_signers</c>).</param>
public sealed record LedgerTrust(TrustStore Signers, PrincipalDirectory Principals, string Source)
{
    /// <summary>The principal a key acts as for a namespace at a time, or null when it is not trusted.</summary>
    public string? PrincipalOf(SshPublicKey key, string @namespace, DateTimeOffset time) =>
        Signers.FindPrincipals(key, @namespace, time) is { Count: > 0 } names ? names[0] : null;
}
