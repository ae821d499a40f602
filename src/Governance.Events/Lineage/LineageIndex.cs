using System.Text.Json.Nodes;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Provenance;
using Governance.Core.Subjects;
using Governance.Events.Projection;
using Governance.Events.Catalogue;

namespace Governance.Events.Lineage;

/// <summary>
/// What lineage queries read: the verified ledger's evidence (only trusted signatures count, as in <c>check</c>), the
/// training graph, model names seen in entry subjects, the inputs of each training stage (with mix weights and replay)
/// and dataset attestations.
/// </summary>
public sealed class LineageIndex
{
    private readonly Dictionary<string, (Digest Digest, long Seq, DateTimeOffset Time)> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<Digest>> _digestsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<Digest, string> _nameOf = [];
    private readonly Dictionary<string, (string? Kind, IReadOnlyList<StageInput> Inputs)> _stages = new(StringComparer.Ordinal);
    private readonly List<(string Dataset, string Reference, string Statement)> _datasetAttestations = [];

    private LineageIndex(EvidenceSet evidence, DateTimeOffset now)
    {
        Evidence = evidence;
        Graph = LineageGraph.Build(evidence.Training, evidence.Datasets, now);
        Now = now;
    }

    /// <summary>The ledger's evidence.</summary>
    public EvidenceSet Evidence { get; }

    /// <summary>The training graph as of <see cref="Now"/>.</summary>
    public LineageGraph Graph { get; }

    /// <summary>The query time.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Every model name an entry subject carried.</summary>
    public IReadOnlyCollection<string> ModelNames => _names.Keys;

    /// <summary>Builds the index from the ledger's projected evidence and its entries (in ledger order) as of <paramref name="now"/>.</summary>
    public static LineageIndex Build(EvidenceSet evidence, IEnumerable<ProjectedEntry> entries, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(entries);
        var index = new LineageIndex(evidence, now);
        foreach (var entry in entries)
        {
            index.Add(entry);
        }

        return index;
    }

    /// <summary>
    /// Resolves a model given as a digest or a name: a digest is taken as given; a name resolves to the digest of the
    /// newest entry naming it, and <see cref="ModelResolution.Note"/> says which entry that was and which other digests
    /// carried the name. Null for a name no entry carries (see <see cref="ModelNames"/> for a hint).
    /// </summary>
    public ModelResolution? Resolve(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Digest.TryParse(model, out var digest))
        {
            return new ModelResolution(digest, null);
        }

        if (!_names.TryGetValue(model, out var named))
        {
            return null;
        }

        var others = _digestsByName[model].Where(d => d != named.Digest).Select(d => d.Value).Order(StringComparer.Ordinal).ToList();
        var note = $"model '{model}' is {named.Digest.Value}: the digest of the newest entry naming it (ledger:{named.Seq}, {Format.Time(named.Time)})"
            + (others.Count == 0 ? "" : $"; {others.Count} other digest(s) recorded under that name: {string.Join(", ", others)} (pass one as --model to see it)");
        return new ModelResolution(named.Digest, note);
    }

    /// <summary>Every dataset id the ledger knows: registered, flagged, or consumed by a training stage.</summary>
    public IReadOnlyCollection<string> KnownDatasets() =>
        Evidence.Datasets.Select(d => d.Id)
            .Concat(Evidence.Flags.Select(f => f.Dataset))
            .Concat(Graph.Models.SelectMany(m => Graph.Trace(m).Sources.Select(s => s.Dataset)))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The model name last recorded with a digest, if any.</summary>
    public string? NameOf(Digest digest) => _nameOf.TryGetValue(digest, out var name) ? name : null;

    /// <summary>The stage kind (<c>stageKind</c>: pretraining, sft, …) of a training stage of this ledger, if recorded.</summary>
    public string? KindOf(TrainingRecord stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return _stages.TryGetValue(stage.Origin.Reference, out var s) ? s.Kind : null;
    }

    /// <summary>
    /// The inputs of a training stage, each read from one input of its entry (weight and replay included); a stage of a
    /// linked trail, whose payload this index does not hold, yields its inputs without weights.
    /// </summary>
    public IReadOnlyList<StageInput> InputsOf(TrainingRecord stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return _stages.TryGetValue(stage.Origin.Reference, out var s) ? s.Inputs
            : [.. stage.Inputs.Select(i => new StageInput(TrainingInput.Parse(i), null, false))];
    }

    /// <summary>Dataset attestations (<c>dataset.attested</c>) of a dataset: reference and statement.</summary>
    public IEnumerable<(string Reference, string Statement)> AttestationsOf(string dataset) =>
        _datasetAttestations.Where(a => a.Dataset == dataset).Select(a => (a.Reference, a.Statement));

    private static string? Str(JsonObject subject, string name) =>
        subject[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private void Add(ProjectedEntry entry)
    {
        var reference = $"ledger:{entry.Seq}";
        var subject = entry.Subject;
        if (Str(subject, "model") is { } name && Digest.TryParse(Str(subject, "digest"), out var digest))
        {
            _names[name] = (digest, entry.Seq, entry.Time);
            (_digestsByName.TryGetValue(name, out var digests) ? digests : _digestsByName[name] = []).Add(digest);
            _nameOf[digest] = name;
        }

        switch (entry.Event)
        {
            case TrainingCompleted training:
                _stages[reference] = (training.StageKind, [.. training.Inputs.Select(i => new StageInput(TrainingInput.Parse(i.Text), i.Weight, i.Replay == true))]);
                break;
            case DatasetAttested attested:
                _datasetAttestations.Add((Str(subject, "dataset") ?? attested.Dataset, reference, attested.Statement));
                break;
        }
    }
}
