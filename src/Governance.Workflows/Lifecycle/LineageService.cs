using Governance.Events.Lineage;
using Governance.Events.Projection;
using Governance.Ledger.Writing;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Lifecycle;

/// <summary>
/// <c>govern lineage show|impact</c>: the auditor's lineage queries over the whole verified ledger (only trusted
/// signatures count, as in check). Unknown names exit 2 with the nearest known one.
/// </summary>
/// <param name="context">The host's context (working directory, environment, clock).</param>
public sealed class LineageService(HostContext context)
{
    /// <summary>Every transitive source dataset and stage of a model (its name's latest recorded digest, or a digest).</summary>
    public Task<ModelLineage> ShowAsync(LedgerLocation location, string model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var index = Index(location.Resolve(context));
        cancellationToken.ThrowIfCancellationRequested();
        var resolved = index.Resolve(model)
            ?? throw new WorkflowException($"--model: no ledger entry names model '{model}'{NearestName.Hint(model, index.ModelNames, "model names")}; or give its digest (sha256:…)");
        return Task.FromResult(new ModelLineage(LineageReport.Build(index, resolved.Digest), resolved.Note));
    }

    /// <summary>Every model digest and deployment downstream of a dataset.</summary>
    public Task<ImpactReport> ImpactAsync(LedgerLocation location, string dataset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var index = Index(location.Resolve(context));
        cancellationToken.ThrowIfCancellationRequested();
        var known = index.KnownDatasets();
        if (!known.Contains(dataset))
        {
            throw new WorkflowException($"--dataset: no ledger entry names dataset '{dataset}'{NearestName.Hint(dataset, known, "datasets")}");
        }

        return Task.FromResult(ImpactReport.Build(index, dataset));
    }

    private LineageIndex Index(LedgerTarget target)
    {
        var now = context.Time.GetUtcNow();
        var trust = PrincipalsFile.LoadTrust(target);
        var entries = new List<ProjectedEntry>();
        var evidence = LedgerEvidence.From(() => LedgerEvidence.Source(target, trust, context.Time).ReadAll(entries.Add), trust).Evidence;
        return LineageIndex.Build(evidence, entries, now);
    }
}
