namespace Governance.Core.Evidence;

/// <summary>
/// One place evidence comes from (an evidence file, the audit ledger, the GitHub API). <c>check</c> asks each
/// source in turn and combines what they return by trust: options, then GitHub, then the ledger, then files.
/// </summary>
public interface IEvidenceSource
{
    /// <summary>Collects what this source holds about the request's subject.</summary>
    /// <param name="request">The subject, the policies that will judge it, and what earlier sources returned.</param>
    /// <param name="cancellationToken">Cancels network and git work.</param>
    /// <returns>The evidence, tagged with its origin; never null. A source that fails throws; it never returns partial evidence.</returns>
    Task<EvidenceBatch> CollectAsync(EvidenceRequest request, CancellationToken cancellationToken);
}
