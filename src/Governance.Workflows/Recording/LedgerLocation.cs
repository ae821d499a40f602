using Governance.Workflows.Hosting;
using Governance.Ledger.Writing;

namespace Governance.Workflows.Recording;

/// <summary>Where the ledger is and whose trust counts, as the user named them (relative paths allowed).</summary>
/// <param name="Repository">The repository holding the ledger, or null for the working directory.</param>
/// <param name="TrustRef">The ref whose <c>.governance/</c> files are trusted, or null for the default.</param>
/// <param name="AllowedSigners">An allowed_signers file instead of the trusted ref's.</param>
/// <param name="Principals">A principals.yaml instead of the trusted ref's.</param>
public sealed record LedgerLocation(string? Repository, string? TrustRef = null, string? AllowedSigners = null, string? Principals = null)
{
    /// <summary>Resolves the paths against the host's working directory; the repository must be a git repository (else exit 2).</summary>
    public LedgerTarget Resolve(HostContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new LedgerTarget(
            GitRepositoryGuard.Require(context.Resolve(Repository ?? "."), Repository is not null),
            TrustRef,
            AllowedSigners is { } signers ? context.Resolve(signers) : null,
            Principals is { } principals ? context.Resolve(principals) : null);
    }
}
