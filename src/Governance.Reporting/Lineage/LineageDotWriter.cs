using System.Text;

using Governance.Events.Lineage;

namespace Governance.Reporting.Lineage;

/// <summary>Renders a lineage as a Graphviz digraph: datasets (cylinders) and models (boxes), edges labelled by stage; flagged sources red.</summary>
public static class LineageDotWriter
{
    /// <summary>The DOT text.</summary>
    public static string ToDot(LineageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var dot = new StringBuilder();
        dot.Append("digraph lineage {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
        foreach (var model in report.Models)
        {
            var label = (model.Name is null ? "" : model.Name + "\\n") + Short(model.Digest);
            var evidence = model.Notes.Count == 0 ? "" : "\\n" + string.Join(", ", model.Notes.GroupBy(n => n.Kind).Select(g => $"{g.Count()} {g.Key}"));
            var style = model.Digest == report.Model.Digest ? ", penwidth=2" : model.Recorded ? "" : ", style=dashed";
            dot.Append($"  {Id("m", model.Digest)} [shape=box, label={Quote(label + evidence)}{style}];\n");
        }

        var datasets = report.Stages.SelectMany(s => s.Datasets).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First());
        foreach (var dataset in datasets)
        {
            var style = dataset.Flagged ? ", color=red, style=filled, fillcolor=\"#ffe0e0\"" : "";
            var flag = dataset.Flagged ? "\\nFLAGGED" : "";
            dot.Append($"  {Id("d", dataset.Id)} [shape=cylinder, label={Quote(dataset.Id + flag)}{style}];\n");
        }

        foreach (var stage in report.Stages)
        {
            var label = stage.Kind is null || stage.Kind == stage.Stage ? stage.Stage : $"{stage.Stage} ({stage.Kind})";
            foreach (var dataset in stage.Datasets)
            {
                var extra = dataset.Replay ? " replay" : dataset.Weight is { } w ? " w=" + w.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "";
                var color = dataset.Flagged ? ", color=red" : "";
                dot.Append($"  {Id("d", dataset.Id)} -> {Id("m", stage.Output)} [label={Quote(label + extra)}{color}];\n");
            }

            foreach (var parent in stage.Parents)
            {
                dot.Append($"  {Id("m", parent)} -> {Id("m", stage.Output)} [label={Quote(label)}];\n");
            }
        }

        return dot.Append("}\n").ToString();
    }

    private static string Short(string digest) => digest.Length > 19 ? digest[..19] + "…" : digest;

    private static string Id(string prefix, string value) => Quote($"{prefix}:{value}");

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\\\\n", "\\n", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
