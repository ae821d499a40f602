namespace Governance.Core.Evidence;

/// <summary>Every evidence item available to a decision, from all sources, plus the change's context.</summary>
public sealed record EvidenceSet
{
    /// <summary>An empty set.</summary>
    public static EvidenceSet Empty { get; } = new();

    /// <summary>Facts about the change: commit, author, deployer, decision time, labels.</summary>
    public DecisionContext Context { get; init; } = DecisionContext.Empty;

    /// <summary>Who is who: GitHub logins and aliases mapped to principals (from the trusted principals.yaml).</summary>
    public IdentityMap Identities { get; init; } = IdentityMap.Empty;

    /// <summary>Approvals and reviews.</summary>
    public IReadOnlyList<ApprovalRecord> Approvals { get; init; } = [];

    /// <summary>Evaluation results.</summary>
    public IReadOnlyList<EvaluationRecord> Evaluations { get; init; } = [];

    /// <summary>Attestations.</summary>
    public IReadOnlyList<AttestationRecord> Attestations { get; init; } = [];

    /// <summary>Registered datasets.</summary>
    public IReadOnlyList<DatasetRecord> Datasets { get; init; } = [];

    /// <summary>Training stages: the lineage graph.</summary>
    public IReadOnlyList<TrainingRecord> Training { get; init; } = [];

    /// <summary>Dataset flags.</summary>
    public IReadOnlyList<DatasetFlag> Flags { get; init; } = [];

    /// <summary>Waivers.</summary>
    public IReadOnlyList<WaiverRecord> Waivers { get; init; } = [];

    /// <summary>Deployments: what is live where.</summary>
    public IReadOnlyList<DeploymentRecord> Deployments { get; init; } = [];

    /// <summary>Total number of items, context excluded.</summary>
    public int Count => Approvals.Count + Evaluations.Count + Attestations.Count + Datasets.Count
        + Training.Count + Flags.Count + Waivers.Count + Deployments.Count;

    /// <summary>Combines two sets; the context of <paramref name="other"/> fills what this one lacks.</summary>
    public EvidenceSet Merge(EvidenceSet other) => new()
    {
        Context = new DecisionContext(
            Context.Commit ?? other.Context.Commit,
            Context.Author ?? other.Context.Author,
            Context.Deployer ?? other.Context.Deployer,
            Context.Time ?? other.Context.Time,
            Context.Labels ?? other.Context.Labels)
        {
            OtherAuthors = [.. Context.OtherAuthors, .. other.Context.OtherAuthors],
            OtherDeployers = [.. Context.OtherDeployers, .. other.Context.OtherDeployers],
        },
        Identities = Identities.IsEmpty ? other.Identities : Identities,
        Approvals = [.. Approvals, .. other.Approvals],
        Evaluations = [.. Evaluations, .. other.Evaluations],
        Attestations = [.. Attestations, .. other.Attestations],
        Datasets = [.. Datasets, .. other.Datasets],
        Training = [.. Training, .. other.Training],
        Flags = [.. Flags, .. other.Flags],
        Waivers = [.. Waivers, .. other.Waivers],
        Deployments = [.. Deployments, .. other.Deployments],
    };
}
