using System.Text.Json.Nodes;
using Governance.Audit.Report;
using Governance.Audit.Trail;
using Governance.Ledger.Storage;

namespace Governance.Audit.Export;

/// <summary>Which entries an export covers: those at or after <c>--since</c> about <c>--model</c>, and every entry its decisions cite.</summary>
public static class ExportScope
{
    /// <summary>The exported entries, oldest first.</summary>
    public static IReadOnlyList<StoredEntry> Select(TrailSnapshot snapshot, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var inTime = snapshot.Entries.Where(e => options.Since is not { } t || e.Entry.Time >= t);
        if (options.Model is not { } wanted)
        {
            return inTime.ToList();
        }

        var index = new DossierIndex(snapshot, options.Since);
        var name = index.Find(wanted)?.Name;
        var chosen = new SortedSet<long>();
        foreach (var e in inTime.Where(e => name is not null && TimelineWriter.ModelOf(e, index) == name))
        {
            chosen.Add(e.Entry.Seq);
            foreach (var n in e.Entry.Payload["evidence"] as JsonArray ?? [])
            {
                if (e.Entry.Type == Governance.Ledger.Entries.EntryTypes.DecisionRecorded && n is JsonValue v && v.TryGetValue<long>(out var s) && snapshot.At(s) is not null)
                {
                    chosen.Add(s);
                }
            }
        }

        return chosen.Select(s => snapshot.At(s)!).ToList();
    }
}
