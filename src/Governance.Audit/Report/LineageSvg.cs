using System.Globalization;
using System.Text;

namespace Governance.Audit.Report;

/// <summary>Draws a <see cref="StageGraph"/> as inline SVG: columns by depth (datasets and base models left, the model right).</summary>
public static class LineageSvg
{
    private const int ColumnWidth = 230;
    private const int RowHeight = 56;
    private const int BoxWidth = 200;
    private const int BoxHeight = 36;

    /// <summary>The SVG markup, every label encoded.</summary>
    public static string Draw(StageGraph graph, string title)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var depth = Depths(graph);
        var rows = new Dictionary<int, int>();
        var position = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes.OrderBy(n => depth[n.Id]).ThenBy(n => n.Kind, StringComparer.Ordinal).ThenBy(n => n.Label, StringComparer.Ordinal))
        {
            var column = depth[node.Id];
            var row = rows.GetValueOrDefault(column);
            rows[column] = row + 1;
            position[node.Id] = (10 + (column * ColumnWidth), 10 + (row * RowHeight));
        }

        var width = 20 + ((rows.Count == 0 ? 1 : rows.Keys.Max() + 1) * ColumnWidth);
        var height = 20 + ((rows.Count == 0 ? 1 : rows.Values.Max()) * RowHeight);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"lineage\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><title>{Html.Encode(title)}</title>");
        foreach (var (from, to) in graph.Edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            var (x1, y1) = position[from];
            var (x2, y2) = position[to];
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1 + BoxWidth}\" y1=\"{y1 + (BoxHeight / 2)}\" x2=\"{x2}\" y2=\"{y2 + (BoxHeight / 2)}\" class=\"edge\"/>");
        }

        foreach (var node in graph.Nodes)
        {
            var (x, y) = position[node.Id];
            var css = node.Flagged ? node.Kind + " flagged" : node.Kind;
            var label = node.Label.Length > 30 ? node.Label[..29] + "…" : node.Label;
            sb.Append(CultureInfo.InvariantCulture, $"<g class=\"node {css}\" data-kind=\"{node.Kind}\"><title>{Html.Encode(node.Kind + ": " + node.Label + (node.Flagged ? " (flagged)" : ""))}</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"{(node.Kind == "stage" ? 18 : 4)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 8}\" y=\"{y + 23}\">{Html.Encode(label)}</text></g>");
        }

        return sb.Append("</svg>").ToString();
    }

    private static Dictionary<string, int> Depths(StageGraph graph)
    {
        var depth = graph.Nodes.ToDictionary(n => n.Id, _ => 0, StringComparer.Ordinal);
        for (var pass = 0; pass < graph.Nodes.Count; pass++)
        {
            var changed = false;
            foreach (var (from, to) in graph.Edges)
            {
                if (depth[to] < depth[from] + 1)
                {
                    depth[to] = depth[from] + 1;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return depth;
    }
}
