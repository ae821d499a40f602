using Governance.Audit.Trail;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;

namespace Governance.Audit.Report;

/// <summary>Groups a snapshot's entries by model, and keeps the training graph and dataset flags for lineage.</summary>
public sealed class DossierIndex
{
    private readonly SortedDictionary<string, ModelDossier> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nameOfDigest = new(StringComparer.Ordinal);

    /// <summary>Builds the index; entries before <paramref name="since"/> are left out of the per-model lists (lineage keeps them).</summary>
    public DossierIndex(TrailSnapshot snapshot, DateTimeOffset? since)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var stored in snapshot.Entries)
        {
            var entry = stored.Entry;
            if (EntryFacts.Model(entry) is { } name && EntryFacts.Digest(entry) is { } d)
            {
                _nameOfDigest[d] = name;
            }

            if (entry.Type == EntryTypes.TrainingCompleted)
            {
                Training.Add(stored);
            }
            else if (entry.Type is EntryTypes.DatasetFlagged or EntryTypes.DatasetUnflagged)
            {
                Flags.Add(stored);
            }
        }

        foreach (var stored in snapshot.Entries)
        {
            if (since is { } t && stored.Entry.Time < t)
            {
                continue;
            }

            Add(stored);
        }
    }

    /// <summary>The dossiers by model name.</summary>
    public IReadOnlyCollection<ModelDossier> Models => _models.Values;

    /// <summary>Every <c>training.completed</c> entry (lineage ignores <c>--since</c>).</summary>
    public List<StoredEntry> Training { get; } = [];

    /// <summary>Every <c>dataset.flagged</c> and <c>dataset.unflagged</c> entry, oldest first.</summary>
    public List<StoredEntry> Flags { get; } = [];

    /// <summary>The model name recorded with a digest, or null.</summary>
    public string? NameOf(string digest) => _nameOfDigest.GetValueOrDefault(digest);

    /// <summary>The dossier of <paramref name="model"/> (a name or a digest), or null.</summary>
    public ModelDossier? Find(string model) =>
        _models.GetValueOrDefault(model) ?? (NameOf(model) is { } name ? _models.GetValueOrDefault(name) : _models.Values.FirstOrDefault(m => m.Digests.Contains(model)));

    private void Add(StoredEntry stored)
    {
        var entry = stored.Entry;
        var digest = EntryFacts.Digest(entry);
        var name = EntryFacts.Model(entry) ?? (digest is null ? null : NameOf(digest) ?? (entry.Type == EntryTypes.TrainingCompleted ? digest : null));
        if (name is null)
        {
            return;
        }

        if (!_models.TryGetValue(name, out var dossier))
        {
            _models[name] = dossier = new ModelDossier(name);
        }

        if (digest is not null)
        {
            dossier.Digests.Add(digest);
        }

        var list = entry.Type switch
        {
            EntryTypes.DecisionRecorded => dossier.Decisions,
            EntryTypes.ApprovalGranted or EntryTypes.ApprovalRevoked => dossier.Approvals,
            EntryTypes.EvaluationRecorded => dossier.Evaluations,
            EntryTypes.AttestationAdded => dossier.Attestations,
            EntryTypes.WaiverGranted => dossier.Waivers,
            EntryTypes.DeploymentRequested or EntryTypes.DeploymentCompleted or EntryTypes.DeploymentRolledBack => dossier.Deployments,
            _ => null,
        };
        list?.Add(stored);
    }
}
