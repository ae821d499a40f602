using Governance.Core.Evidence;
using Governance.Core.Subjects;

namespace Governance.Core.Provenance;

/// <summary>The training graph: which stage produced which model digest from which inputs.</summary>
public sealed class LineageGraph
{
    private readonly Dictionary<Digest, List<TrainingRecord>> _producers;
    private readonly Dictionary<Digest, string> _datasetsByDigest;

    private LineageGraph(Dictionary<Digest, List<TrainingRecord>> producers, Dictionary<Digest, string> datasetsByDigest)
    {
        _producers = producers;
        _datasetsByDigest = datasetsByDigest;
    }

    /// <summary>Builds the graph from the training records made up to <paramref name="asOf"/>.</summary>
    /// <remarks>A parent digest that no stage produced but a registered dataset has (an external base model
    /// registered as a source) is treated as that dataset.</remarks>
    public static LineageGraph Build(IReadOnlyList<TrainingRecord> training, IReadOnlyList<DatasetRecord> datasets, DateTimeOffset asOf)
    {
        var byDigest = new Dictionary<Digest, string>();
        foreach (var dataset in datasets)
        {
            if (dataset.Digest is { } digest && dataset.Time <= asOf)
            {
                byDigest.TryAdd(digest, dataset.Id);
            }
        }

        var producers = new Dictionary<Digest, List<TrainingRecord>>();
        foreach (var record in training)
        {
            if (record.Time > asOf)
            {
                continue;
            }

            if (!producers.TryGetValue(record.Output, out var list))
            {
                producers[record.Output] = list = [];
            }

            list.Add(record);
        }

        return new LineageGraph(producers, byDigest);
    }

    /// <summary>All model digests some stage produced.</summary>
    public IEnumerable<Digest> Models => _producers.Keys;

    /// <summary>Walks backwards from a model through every stage (multi-stage, cycles ignored).</summary>
    public LineageTrace Trace(Digest model)
    {
        var stages = new List<TrainingRecord>();
        var sources = new List<LineageSource>();
        var unknown = new List<LineageSource>();
        var seen = new HashSet<Digest> { model };
        var queue = new Queue<Digest>();
        queue.Enqueue(model);
        while (queue.TryDequeue(out var current))
        {
            if (!_producers.TryGetValue(current, out var producing))
            {
                continue;
            }

            foreach (var stage in producing)
            {
                stages.Add(stage);
                foreach (var input in stage.Inputs)
                {
                    var parsed = TrainingInput.Parse(input);
                    if (parsed.Model is { } parent)
                    {
                        if (!_producers.ContainsKey(parent) && _datasetsByDigest.TryGetValue(parent, out var registered))
                        {
                            sources.Add(new LineageSource(registered, parent, stage.Stage, current));
                        }
                        else if (!_producers.ContainsKey(parent))
                        {
                            unknown.Add(new LineageSource(input, parent, stage.Stage, current));
                        }
                        else if (seen.Add(parent))
                        {
                            queue.Enqueue(parent);
                        }
                    }
                    else
                    {
                        sources.Add(new LineageSource(parsed.Dataset!, parsed.Pinned, stage.Stage, current));
                    }
                }
            }
        }

        return new LineageTrace(model, stages, sources, unknown);
    }
}
