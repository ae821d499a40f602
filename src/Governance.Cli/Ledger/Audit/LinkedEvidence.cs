using Governance.Audit.Links;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;

namespace Governance.Cli.Ledger.Audit;

/// <summary>
/// Lineage across organisations: the training, dataset and flag entries of every linked trail (the newest
/// <c>trail.linked</c> entry per origin) become evidence, referenced as <c>linked:&lt;origin&gt;#&lt;seq&gt;</c>, so lineage
/// follows a base model into the vendor's trail and a flag on a vendor dataset denies our model. A linked ledger that
/// is missing or no longer hashes to the pinned root contributes nothing (and a note says so).
/// </summary>
internal static class LinkedEvidence
{
    /// <summary>
    /// The subject-index keys (datasets, digests, models) the linked trails' entries are about or refer to: a decision
    /// whose lineage runs into a linked trail must also read what this ledger recorded about those (a flag on a vendor's
    /// dataset), which the subject index does not reach from the decision's own seeds.
    /// </summary>
    public static IReadOnlyList<string> Seeds(string repository, IEnumerable<StoredEntry> entries)
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

    public static void AddTo(LedgerEvidenceBuilder builder, string repository, IReadOnlyList<StoredEntry> links, LedgerTrust trust)
    {
        if (links.Count == 0)
        {
            return;
        }

        foreach (var link in LinkedTrails.Read(links.Select(l => l.Entry)).GroupBy(l => l.Origin, StringComparer.Ordinal).Select(g => g.Last()))
        {
            var entries = LinkedTrails.Load(repository, link);
            if (entries is null)
            {
                builder.Notes.Add($"ledger:{link.Seq}: the linked trail {link.Origin} is missing or does not match the linked root; its lineage is not used");
                continue;
            }

            var linkEntry = links.First(l => l.Entry.Seq == link.Seq);
            var vouchedBy = EntrySigners.Recorder(linkEntry, trust);
            foreach (var entry in entries)
            {
                builder.AddLinked(new StoredEntry(entry, "", null, null), $"linked:{link.Origin}#{entry.Seq}", vouchedBy);
            }
        }
    }
}
