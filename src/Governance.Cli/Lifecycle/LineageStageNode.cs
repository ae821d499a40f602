namespace Governance.Cli.Lifecycle;

/// <summary>One training stage on the way to a model.</summary>
/// <param name="Stage">The stage name.</param>
/// <param name="Kind">pretraining, sft, preference or rl, if recorded.</param>
/// <param name="Output">The model digest it produced.</param>
/// <param name="Reference">Its ledger entry.</param>
/// <param name="Time">When it completed.</param>
/// <param name="Datasets">Its dataset inputs.</param>
/// <param name="Parents">Its parent model digests.</param>
internal sealed record LineageStageNode(
    string Stage,
    string? Kind,
    string Output,
    string Reference,
    DateTimeOffset Time,
    IReadOnlyList<LineageDatasetNode> Datasets,
    IReadOnlyList<string> Parents);
