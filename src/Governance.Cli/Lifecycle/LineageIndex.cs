using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Provenance;
using Governance.Core.Subjects;
using Governance.Ledger.Entries;

namespace Governance.Cli.Lifecycle;

/// <summary>
/// What lineage queries read: the verified ledger's evidence (only trusted signatures count, as in <c>check</c>),
/// the training graph, model names seen in entry subjects, training payloads (stage kinds, mix weights) and
/// dataset attestations.
/// </summary>
internal sealed class LineageIndex
{
    private readonly Dictionary<string, (Digest Digest, long Seq, DateTimeOffset Time)> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<Digest>> _digestsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<Digest, string> _nameOf = [];
    private readonly Dictionary<string, JsonObject> _trainingPayloads = new(StringComparer.Ordinal);
    private readonly List<(string Dataset, string Reference, string Statement)> _datasetAttestations = [];

    private LineageIndex(LedgerTarget target, DateTimeOffset now, TimeProvider time)
    {
        var trust = TrustLoader.Load(target);
        Evidence = LedgerEvidence.Read(target, trust, time, Visit).Evidence;
        Graph = LineageGraph.Build(Evidence.Training, Evidence.Datasets, now);
        Now = now;
    }

    /// <summary>The ledger's evidence.</summary>
    public EvidenceSet Evidence { get; }

    /// <summary>The training graph as of <see cref="Now"/>.</summary>
    public LineageGraph Graph { get; }

    /// <summary>The query time.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Reads the ledger of <paramref name="target"/> (verifying it first).</summary>
    public static LineageIndex Read(CliContext context, LedgerTarget target)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new LineageIndex(target, context.Time.GetUtcNow(), context.Time);
    }

    /// <summary>Resolves <c>--model</c>: a digest as given, or a name to the digest most recently recorded under it.</summary>
    public Digest Resolve(string model) => ResolveExplained(model).Digest;

    /// <summary>
    /// Resolves <c>--model</c> and says how: a digest is taken as given; a name resolves to the digest of the newest entry
    /// naming it, and <see cref="ModelResolution.Note"/> says which entry that was and which other digests carried the name.
    /// An unknown name exits 2 with the nearest known name.
    /// </summary>
    public ModelResolution ResolveExplained(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Digest.TryParse(model, out var digest))
        {
            return new ModelResolution(digest, null);
        }

        if (!_names.TryGetValue(model, out var named))
        {
            throw new CliException($"--model: no ledger entry names model '{model}'{NearestName.Hint(model, _names.Keys, "model names")}; or give its digest (sha256:…)");
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

    /// <summary>The payload of the training entry an evidence reference (<c>ledger:N</c>) points at.</summary>
    public JsonObject? TrainingPayload(string reference) => _trainingPayloads.TryGetValue(reference, out var p) ? p : null;

    /// <summary>Dataset attestations (<c>dataset.attested</c>) of a dataset: reference and statement.</summary>
    public IEnumerable<(string Reference, string Statement)> AttestationsOf(string dataset) =>
        _datasetAttestations.Where(a => a.Dataset == dataset).Select(a => (a.Reference, a.Statement));

    private void Visit(Governance.Ledger.Storage.StoredEntry stored)
    {
        var entry = stored.Entry;
        var reference = $"ledger:{entry.Seq}";
        var subject = entry.Subject;
        if ((string?)subject["model"] is { } name && Digest.TryParse((string?)subject["digest"], out var digest))
        {
            _names[name] = (digest, entry.Seq, entry.Time);
            (_digestsByName.TryGetValue(name, out var digests) ? digests : _digestsByName[name] = []).Add(digest);
            _nameOf[digest] = name;
        }

        if (entry.Type == EntryTypes.TrainingCompleted)
        {
            _trainingPayloads[reference] = entry.Payload;
        }
        else if (entry.Type == EntryTypes.DatasetAttested && ((string?)subject["dataset"] ?? (string?)entry.Payload["dataset"]) is { } dataset)
        {
            _datasetAttestations.Add((dataset, reference, (string?)entry.Payload["statement"] ?? ""));
        }
    }
}
