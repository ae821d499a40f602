using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;

namespace Governance.Audit.Report;

/// <summary>
/// Writes the self-contained HTML audit report: no external resources, a CSP that forbids network requests, every
/// ledger value HTML-encoded. The output depends only on the ledger, the trust and the options (no clock), so the
/// same ledger state gives the same bytes.
/// </summary>
public static class AuditReport
{
    /// <summary>Writes the report to <paramref name="w"/>.</summary>
    public static void Write(TextWriter w, ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(input);
        var options = input.Options;
        var index = new DossierIndex(input.Snapshot, options.Since);
        var flagged = Flagged(index);
        var models = index.Models.ToList();
        if (options.Model is { } wanted)
        {
            models = index.Find(wanted) is { } one ? [one] : [];
        }

        w.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ReportAssets.ContentSecurityPolicy}\">");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Governance audit report</title>");
        w.Write($"<style>{ReportAssets.Style}</style></head><body><header><h1>Governance audit report</h1>");
        var head = input.Snapshot.Head;
        w.Write(string.Create(CultureInfo.InvariantCulture, $"<p>Ledger <code>refs/governance/ledger</code>: {input.Snapshot.Entries.Count} entries"));
        w.Write(head is null ? "" : $", origin <code>{Html.Encode(head.Origin)}</code>, head commit <code>{Html.Encode(input.Snapshot.HeadCommit)}</code>");
        w.Write(input.Snapshot.Entries.Count > 0 ? $", last entry recorded {Html.Encode(input.Snapshot.Entries[^1].Entry.TimeText)}" : "");
        w.Write(".</p>");
        w.Write($"<p class=\"note\">Filters: model {Html.Encode(options.Model ?? "all")}, since {Html.Encode(options.Since?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "the first entry")}. Bounds: timeline lists the newest {options.TimelineLimit} entries; each model table the newest {options.SectionLimit} rows.</p>");
        w.Write("<nav><ul><li><a href=\"#verdict\">Verification</a></li><li><a href=\"#models\">Models</a></li><li><a href=\"#flags\">Flags</a></li><li><a href=\"#timeline-section\">Timeline</a></li></ul></nav></header><main>");
        VerdictWriter.Write(w, input);

        w.Write("<section id=\"models\"><h2>Models</h2>");
        w.Write(models.Count == 0 ? "<p>No model entries match.</p>" : "<ul>" + string.Concat(models.Select(m => $"<li>{Html.Encode(m.Name)}: {m.Decisions.Count} decisions, {m.Approvals.Count} approvals, {m.Evaluations.Count} evaluations</li>")) + "</ul>");
        w.Write("</section>");
        var cited = new HashSet<long>();
        foreach (var model in models)
        {
            ModelSectionWriter.Write(w, model, index, flagged, input);
            foreach (var d in model.Decisions.Skip(Math.Max(0, model.Decisions.Count - options.SectionLimit)))
            {
                cited.Add(d.Entry.Seq);
                foreach (var n in d.Entry.Payload["evidence"] as JsonArray ?? [])
                {
                    if (n is JsonValue v && v.TryGetValue<long>(out var s))
                    {
                        cited.Add(s);
                    }
                }
            }

            cited.UnionWith(model.Approvals.Concat(model.Waivers).Concat(model.Attestations).Concat(model.Evaluations).TakeLast(options.SectionLimit).Select(e => e.Entry.Seq));
        }

        FlagsWriter(w, flagged, index, cited);
        var names = models.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var matching = input.Snapshot.Entries.Where(e => (options.Since is not { } t || e.Entry.Time >= t)
            && (options.Model is null || names.Contains(TimelineWriter.ModelOf(e, index)) || cited.Contains(e.Entry.Seq))).ToList();
        TimelineWriter.Write(w, matching, cited, index, options.TimelineLimit);
        w.Write($"</main><script>{ReportAssets.Script}</script></body></html>\n");
    }

    private static Dictionary<string, StoredEntry> Flagged(DossierIndex index)
    {
        var state = new Dictionary<string, StoredEntry>(StringComparer.Ordinal);
        foreach (var f in index.Flags)
        {
            if (EntryFacts.Str(f.Entry.Payload["dataset"]) is { } dataset)
            {
                state[dataset] = f;
            }
        }

        return state.Where(kv => kv.Value.Entry.Type == EntryTypes.DatasetFlagged).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    private static void FlagsWriter(TextWriter w, Dictionary<string, StoredEntry> flagged, DossierIndex index, HashSet<long> cited)
    {
        w.Write("<section id=\"flags\"><h2>Flags</h2>");
        if (flagged.Count == 0)
        {
            w.Write("<p>No dataset is flagged.</p></section>");
            return;
        }

        w.Write("<table><thead><tr><th scope=\"col\">Dataset</th><th scope=\"col\">Flagged at</th><th scope=\"col\">Reason</th><th scope=\"col\">Blocks (models trained on it)</th></tr></thead><tbody>");
        foreach (var (dataset, entry) in flagged.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            cited.Add(entry.Entry.Seq);
            var blocked = index.Models.Where(m => StageGraph.For(m.Digests, index, new HashSet<string>()).Datasets.Contains(dataset)).Select(m => Html.Encode(m.Name));
            w.Write($"<tr><td><code>{Html.Encode(dataset)}</code></td><td>{Html.EntryLink(entry.Entry.Seq)}</td><td>{Html.Encode(EntryFacts.Str(entry.Entry.Payload["reason"]))}</td><td>{string.Join(", ", blocked)}</td></tr>");
        }

        w.Write("</tbody></table></section>");
    }
}
