using Governance.Audit.Links;
using Governance.Ledger.Evidence;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;

namespace Governance.Workflows.Audit;

/// <summary>
/// Lineage across organisations for <see cref="LedgerEvidenceSource"/>: the entries of every linked trail (the newest
/// <c>trail.linked</c> entry per origin), so lineage follows a base model into the vendor's trail and a flag on a vendor
/// dataset denies our model. A linked ledger that is missing or no longer hashes to the pinned root yields no entries.
/// </summary>
internal sealed class LinkedEvidence : ILinkedTrailReader
{
    /// <summary>The reader over <see cref="LinkedTrails"/>.</summary>
    public static LinkedEvidence Reader { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<string> Seeds(string repository, IEnumerable<StoredEntry> entries)
    {
        var links = entries.Where(e => e.Entry.Type == Governance.Ledger.Entries.EntryTypes.TrailLinked).Select(e => e.Entry).ToList();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var link in LinkedTrails.Read(links).GroupBy(l => l.Origin, StringComparer.Ordinal).Select(g => g.Last()))
        {
            foreach (var entry in LinkedTrails.Load(repository, link) ?? [])
            {
                keys.UnionWith(SubjectKeys.Of(entry).Concat(SubjectKeys.References(entry)).Where(k => !k.StartsWith("envelope:", StringComparison.Ordinal)));
            }
        }

        return [.. keys];
    }

    /// <inheritdoc/>
    public IReadOnlyList<LinkedTrail> Read(string repository, IReadOnlyList<StoredEntry> links) =>
        [.. LinkedTrails.Read(links.Select(l => l.Entry)).GroupBy(l => l.Origin, StringComparer.Ordinal).Select(g => g.Last())
            .Select(link => new LinkedTrail(links.First(l => l.Entry.Seq == link.Seq), link.Origin, LinkedTrails.Load(repository, link)))];
}
