using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Core.Evidence;

namespace Governance.Workflows.Check;

/// <summary>
/// The audit ledger as the check's evidence source, over today's <see cref="LedgerCheck.Read"/>; its batch carries the
/// <see cref="LedgerEvidence"/> (trust, size, root) the decision is recorded against. Stands in until the ledger
/// library's own source replaces it.
/// </summary>
internal sealed class LedgerEvidenceAdapter(HostContext context, CheckOptions options, string repository) : IEvidenceSource
{
    /// <inheritdoc />
    public Task<EvidenceBatch> CollectAsync(EvidenceRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ledger = LedgerCheck.Read(context, options, repository, request.Commit);
        return Task.FromResult(new EvidenceBatch(EvidenceSource.Ledger, ledger.Evidence) { State = ledger });
    }

    /// <summary>The ledger evidence a batch of this source carries, or none.</summary>
    public static LedgerEvidence Of(EvidenceBatch? batch) => batch?.State as LedgerEvidence ?? LedgerEvidence.None;
}
