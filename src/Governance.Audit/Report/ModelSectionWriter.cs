using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Ledger.Storage;

namespace Governance.Audit.Report;

/// <summary>One model's section: decisions with rule outcomes and cited entries, approvals, evaluations, attestations, lineage, flags, waivers.</summary>
internal static class ModelSectionWriter
{
    public static void Write(TextWriter w, ModelDossier model, DossierIndex index, IReadOnlyDictionary<string, StoredEntry> flagged, ReportInput input)
    {
        var anchor = "model-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(model.Name)))[..12];
        var limit = input.Options.SectionLimit;
        w.Write($"<section class=\"model\" id=\"{anchor}\" data-model=\"{Html.Encode(model.Name)}\"><h2>Model {Html.Encode(model.Name)}</h2>");
        w.Write($"<p>Digests: {string.Join(", ", model.Digests.Select(d => $"<code>{Html.Encode(d)}</code>"))}</p>");

        Table(w, "Decisions", ["Entry", "Time", "Environment", "Decision", "Rules", "Evidence used"], model.Decisions, limit, e =>
        {
            var p = e.Entry.Payload;
            var rules = string.Join("<br>", (p["rules"] as JsonArray ?? []).Select(r =>
                $"{Html.Encode(EntryFacts.Str(r?["policy"]))}/{Html.Encode(EntryFacts.Str(r?["id"]))}: <span class=\"{Html.Encode(EntryFacts.Str(r?["outcome"]))}\">{Html.Encode(EntryFacts.Str(r?["outcome"]))}</span>{(EntryFacts.Str(r?["mode"]) is { } m ? $" ({Html.Encode(m)})" : "")}"));
            var evidence = string.Join(" ", (p["evidence"] as JsonArray ?? []).Select(n => n is JsonValue v && v.TryGetValue<long>(out var s) ? Html.EntryLink(s) : ""));
            var decision = EntryFacts.Str(p["decision"]);
            return [Html.Encode(EntryFacts.Str(p["environment"])), $"<span class=\"{Html.Encode(decision)}\">{Html.Encode(decision)}</span>", rules, evidence];
        });
        Table(w, "Approvals", ["Entry", "Time", "Kind", "Approver (payload)", "Signed by (principal)", "Key fingerprint", "Reason"], model.Approvals, limit, e =>
        {
            var signer = EnvelopeSigner.Of(e, input.Trust);
            return [e.Entry.Type.StartsWith("approval.revoked", StringComparison.Ordinal) ? "revoked" : "granted", Html.Encode(EntryFacts.Str(e.Entry.Payload["approver"])),
                signer is { } s ? Html.Encode(s.Principal) : "<span class=\"fail\">no trusted signature</span>", signer is { } f ? $"<code>{Html.Encode(f.Fingerprint)}</code>" : "", Html.Encode(EntryFacts.Str(e.Entry.Payload["reason"]))];
        });
        Table(w, "Evaluations", ["Entry", "Time", "Metric", "Value", "Dataset", "Harness"], model.Evaluations, limit, e =>
            [Html.Encode(EntryFacts.Str(e.Entry.Payload["metric"])), Html.Encode(e.Entry.Payload["value"]?.ToJsonString()), Html.Encode(EntryFacts.Str(e.Entry.Payload["dataset"])), Html.Encode(EntryFacts.Str(e.Entry.Payload["harness"]))]);
        Table(w, "Attestations", ["Entry", "Time", "Predicate type", "Signer (payload)", "Signed by (principal)", "Key fingerprint"], model.Attestations, limit, e =>
        {
            var signer = EnvelopeSigner.Of(e, input.Trust);
            return [Html.Encode(EntryFacts.Str(e.Entry.Payload["predicateType"])), Html.Encode(EntryFacts.Str(e.Entry.Payload["signer"])),
                signer is { } s ? Html.Encode(s.Principal) : "<span class=\"fail\">no trusted signature</span>", signer is { } f ? $"<code>{Html.Encode(f.Fingerprint)}</code>" : ""];
        });
        Table(w, "Waivers", ["Entry", "Time", "Rules", "Approver", "Expires", "Reason"], model.Waivers, limit, e =>
            [Html.Encode(string.Join(", ", (e.Entry.Payload["rules"] as JsonArray ?? []).Select(r => EntryFacts.Str(r)))), Html.Encode(EntryFacts.Str(e.Entry.Payload["approver"])),
             Html.Encode(EntryFacts.Str(e.Entry.Payload["expires"])), Html.Encode(EntryFacts.Str(e.Entry.Payload["reason"]))]);

        var graph = StageGraph.For(model.Digests, index, flagged.Keys.ToHashSet(StringComparer.Ordinal));
        w.Write("<h3>Lineage</h3>");
        w.Write(graph.Nodes.Count <= model.Digests.Count ? "<p class=\"note\">No training stages recorded for this model.</p>" : LineageSvg.Draw(graph, "Lineage of " + model.Name));
        var flags = graph.Datasets.Where(flagged.ContainsKey).ToList();
        w.Write("<h3>Flags</h3>");
        w.Write(flags.Count == 0 ? "<p>No dataset in this model's lineage is flagged.</p>" : "<ul>" + string.Concat(flags.Select(d =>
            $"<li>Dataset <code>{Html.Encode(d)}</code> flagged at {Html.EntryLink(flagged[d].Entry.Seq)} ({Html.Encode(EntryFacts.Str(flagged[d].Entry.Payload["reason"]))}): blocks deployment of this model</li>")) + "</ul>");
        w.Write("</section>");
    }

    private static void Table(TextWriter w, string caption, string[] headers, List<StoredEntry> rows, int limit, Func<StoredEntry, string[]> cells)
    {
        w.Write($"<h3>{caption}</h3>");
        if (rows.Count == 0)
        {
            w.Write("<p class=\"note\">None recorded.</p>");
            return;
        }

        w.Write($"<table><thead><tr>{string.Concat(headers.Select(h => $"<th scope=\"col\">{h}</th>"))}</tr></thead><tbody>");
        foreach (var e in rows.Skip(Math.Max(0, rows.Count - limit)).Reverse())
        {
            w.Write($"<tr><td>{Html.EntryLink(e.Entry.Seq)}</td><td>{Html.Encode(e.Entry.TimeText)}</td>{string.Concat(cells(e).Select(c => $"<td>{c}</td>"))}</tr>");
        }

        w.Write("</tbody></table>");
        if (rows.Count > limit)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<p class=\"note\">Newest {limit} of {rows.Count} shown; {rows.Count - limit} older left out (see the bundle's ledger).</p>"));
        }
    }
}
