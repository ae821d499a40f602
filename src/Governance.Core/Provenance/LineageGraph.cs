using Governance.Core.Evidence;
using Governance.Core.Subjects;

namespace Governance.Core.Provenance;

/// <summary>The training graph: which stage produced which model digest from which inputs.</summary>
public sealed class LineageGraph
{
    private readonly Dictionary<Digest, List<TrainingRecord>> _producers;
    private readonly IReadOnlyList<DatasetRecord> _datasets;
    private readonly DateTimeOffset _asOf;
    private Dictionary<Digest, string>? _datasetsByDigest;

    private LineageGraph(Dictionary<Digest, List<TrainingRecord>> producers, IReadOnlyList<DatasetRecord> datasets, DateTimeOffset asOf)
    {
        _producers = producers;
        _datasets = datasets;
        _asOf = asOf;
    }

    /// <summary>Builds the graph from the training records made up to <paramref name="asOf"/>.</summary>
    /// <remarks>A parent digest that no stage produced but a registered dataset has (an external base model
    /// registered as a source) is treated as that dataset.</remarks>
    public static LineageGraph Build(IReadOnlyList<TrainingRecord> training, IReadOnlyList<DatasetRecord> datasets, DateTimeOffset asOf)
    {
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

        return new LineageGraph(producers, datasets, asOf);
    }

    /// <summary>Registered datasets by digest, indexed on first need (only a parent no stage produced needs it).</summary>
    private Dictionary<Digest, string> DatasetsByDigest()
    {
        if (_datasetsByDigest is null)
        {
            _datasetsByDigest = [];
            foreach (var dataset in _datasets)
            {
                if (dataset.Digest is { } digest && dataset.Time <= _asOf)
                {
                    _datasetsByDigest.TryAdd(digest, dataset.Id);
                }
            }
        }

        return _datasetsByDigest;
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
                        if (!_producers.ContainsKey(parent) && DatasetsByDigest().TryGetValue(parent, out var registered))
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
