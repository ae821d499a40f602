using Governance.Core.Evidence;

namespace Governance.Workflows.Check;

/// <summary>Asks each evidence source in turn; a later source sees what the earlier ones returned, most trusted first.</summary>
internal static class EvidenceCollection
{
    /// <summary>The batches, in the order the sources were asked.</summary>
    public static async Task<IReadOnlyList<EvidenceBatch>> CollectAsync(IReadOnlyList<IEvidenceSource> sources, EvidenceRequest request, CancellationToken cancellationToken)
    {
        var batches = new List<EvidenceBatch>(sources.Count);
        foreach (var source in sources)
        {
            var earlier = batches.OrderBy(b => Precedence(b.Origin)).ToList();
            batches.Add(await source.CollectAsync(request with { Earlier = earlier }, cancellationToken).ConfigureAwait(false));
        }

        return batches;
    }

    /// <summary>The batch from a kind of source, or null when it was not asked.</summary>
    public static EvidenceBatch? From(IReadOnlyList<EvidenceBatch> batches, EvidenceSource origin) => batches.FirstOrDefault(b => b.Origin == origin);

    // DESIGN §4: GitHub before the ledger before unsigned files.
    private static int Precedence(EvidenceSource origin) => origin switch
    {
        EvidenceSource.GitHub => 0,
        EvidenceSource.Ledger => 1,
        _ => 2,
    };
}
