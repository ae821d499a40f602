using System.Globalization;
using Governance.Ledger.Storage;

namespace Governance.Audit.Report;

/// <summary>The timeline: per-type counts of every matching entry, then the newest ones in a filterable table.</summary>
internal static class TimelineWriter
{
    public static void Write(TextWriter w, IReadOnlyList<StoredEntry> matching, IReadOnlySet<long> cited, DossierIndex index, int limit)
    {
        var shown = new List<StoredEntry>();
        for (var i = matching.Count - 1; i >= 0; i--)
        {
            if (matching.Count - i <= limit || cited.Contains(matching[i].Entry.Seq))
            {
                shown.Add(matching[i]);
            }
        }

        w.Write("<section id=\"timeline-section\"><h2>Timeline</h2>");
        w.Write("<table id=\"counts\"><caption>Entries by type</caption><thead><tr><th scope=\"col\">Type</th><th scope=\"col\">Entries</th></tr></thead><tbody>");
        foreach (var group in matching.GroupBy(e => e.Entry.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<tr><td>{Html.Encode(group.Key)}</td><td>{group.Count()}</td></tr>"));
        }

        w.Write("</tbody></table>");
        w.Write(string.Create(CultureInfo.InvariantCulture, $"<p class=\"note\" id=\"timeline-bound\">{shown.Count} of {matching.Count} entries listed: the newest {Math.Min(limit, matching.Count)}, and every entry a listed decision cites.</p>"));
        var rows = shown.Select(e => (Entry: e, Model: ModelOf(e, index), Actor: EntryFacts.Actor(e.Entry))).ToList();
        w.Write("<div class=\"filters\" role=\"search\">");
        Select(w, "f-type", "Type", rows.Select(r => r.Entry.Entry.Type));
        Select(w, "f-model", "Model", rows.Select(r => r.Model));
        Select(w, "f-actor", "Actor", rows.Select(r => r.Actor));
        w.Write("<output id=\"f-count\"></output></div>");
        w.Write("<table id=\"timeline\"><thead><tr><th scope=\"col\">Entry</th><th scope=\"col\">Time</th><th scope=\"col\">Type</th><th scope=\"col\">Model</th><th scope=\"col\">Actor</th><th scope=\"col\">Summary</th><th scope=\"col\">Commit</th></tr></thead><tbody>");
        foreach (var (e, model, actor) in rows)
        {
            var entry = e.Entry;
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"<tr id=\"e-{entry.Seq}\" data-type=\"{Html.Encode(entry.Type)}\" data-model=\"{Html.Encode(model)}\" data-actor=\"{Html.Encode(actor)}\"><td>{entry.Seq}</td><td>{Html.Encode(entry.TimeText)}</td><td>{Html.Encode(entry.Type)}</td><td>{Html.Encode(model)}</td><td>{Html.Encode(actor)}</td><td>{Html.Encode(EntryFacts.Summary(entry))}</td><td><code>{Html.Encode(e.CommitId[..12])}</code></td></tr>"));
        }

        w.Write("</tbody></table></section>");
    }

    public static string ModelOf(StoredEntry e, DossierIndex index) =>
        EntryFacts.Model(e.Entry) ?? (EntryFacts.Digest(e.Entry) is { } d ? index.NameOf(d) ?? "" : "");

    private static void Select(TextWriter w, string id, string label, IEnumerable<string> values)
    {
        w.Write($"<label for=\"{id}\">{label} </label><select id=\"{id}\"><option value=\"\">all</option>");
        foreach (var v in values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            w.Write($"<option value=\"{Html.Encode(v)}\">{Html.Encode(v)}</option>");
        }

        w.Write("</select>");
    }
}
