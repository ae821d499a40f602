using System.Text.Json.Nodes;
using Governance.Ledger.Storage;

namespace Governance.Audit.Report;

/// <summary>
/// The training lineage of a model: its <c>training.completed</c> stages followed back through base models to the
/// datasets, as nodes and edges for <see cref="LineageSvg"/>.
/// </summary>
public sealed class StageGraph
{
    private readonly Dictionary<string, StageNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<StageNode> _order = [];
    private readonly HashSet<(string From, string To)> _edges = [];

    /// <summary>The nodes in discovery order.</summary>
    public IReadOnlyList<StageNode> Nodes => _order;

    /// <summary>The edges (input to stage, stage to output).</summary>
    public IReadOnlyCollection<(string From, string To)> Edges => _edges;

    /// <summary>The datasets in the lineage.</summary>
    public IEnumerable<string> Datasets => _order.Where(n => n.Kind == "dataset").Select(n => n.Label);

    /// <summary>Builds the lineage of every digest in <paramref name="digests"/>.</summary>
    public static StageGraph For(IEnumerable<string> digests, DossierIndex index, IReadOnlySet<string> flagged)
    {
        ArgumentNullException.ThrowIfNull(index);
        var byOutput = new Dictionary<string, StoredEntry>(StringComparer.Ordinal);
        foreach (var t in index.Training)
        {
            if (EntryFacts.Str(t.Entry.Payload["output"]) is { } output)
            {
                byOutput[output] = t;
            }
        }

        var graph = new StageGraph();
        var pending = new Stack<string>(digests);
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var digest = pending.Pop();
            if (!done.Add(digest))
            {
                continue;
            }

            var modelId = graph.Node("m:" + digest, "model", index.NameOf(digest) is { } n ? $"{n} ({Short(digest)})" : Short(digest), 0, false);
            if (!byOutput.TryGetValue(digest, out var training))
            {
                continue;
            }

            var p = training.Entry.Payload;
            var stageLabel = EntryFacts.Str(p["stage"]) + (EntryFacts.Str(p["stageKind"]) is { } kind ? $" [{kind}]" : "");
            var stageId = graph.Node("s:" + training.Entry.Seq, "stage", stageLabel, training.Entry.Seq, false);
            graph._edges.Add((stageId, modelId));
            foreach (var input in p["inputs"] as JsonArray ?? [])
            {
                var id = EntryFacts.Str(input?["id"]) ?? "?";
                var inputDigest = EntryFacts.Str(input?["digest"]);
                if (EntryFacts.Str(input?["kind"]) == "model")
                {
                    var baseDigest = inputDigest ?? id;
                    graph._edges.Add((graph.Node("m:" + baseDigest, "model", index.NameOf(baseDigest) is { } bn ? $"{bn} ({Short(baseDigest)})" : id, 0, false), stageId));
                    pending.Push(baseDigest);
                }
                else
                {
                    graph._edges.Add((graph.Node("d:" + id, "dataset", id, 0, flagged.Contains(id)), stageId));
                }
            }
        }

        return graph;
    }

    private static string Short(string digest) => digest.StartsWith("sha256:", StringComparison.Ordinal) && digest.Length > 19 ? digest[..19] : digest;

    private string Node(string id, string kind, string label, long seq, bool flagged)
    {
        if (!_nodes.ContainsKey(id))
        {
            var node = new StageNode(id, kind, label, seq, flagged);
            _nodes[id] = node;
            _order.Add(node);
        }

        return id;
    }
}
