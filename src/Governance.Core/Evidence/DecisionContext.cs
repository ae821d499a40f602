namespace Governance.Core.Evidence;

/// <summary>Facts about the change being gated that are not evidence items.</summary>
/// <param name="Commit">The commit being deployed or reviewed.</param>
/// <param name="Author">The change's author: never counts as an approver.</param>
/// <param name="Deployer">The actor running the deployment: never counts as an approver.</param>
/// <param name="Time">The decision time when fixed (reproducible dry runs); otherwise now.</param>
/// <param name="Labels">Model labels such as <c>size: xl</c>.</param>
public sealed record DecisionContext(
    string? Commit = null,
    string? Author = null,
    string? Deployer = null,
    DateTimeOffset? Time = null,
    IReadOnlyDictionary<string, string>? Labels = null)
{
    /// <summary>Further names of the change's author (e.g. the commit's author when no pull request was found): never count.</summary>
    public IReadOnlyList<string> OtherAuthors { get; init; } = [];

    /// <summary>Further deployers (the workflow actor and the deployment's creator): never count.</summary>
    public IReadOnlyList<string> OtherDeployers { get; init; } = [];

    /// <summary>Every name the author goes by.</summary>
    public IEnumerable<string> Authors => Author is null ? OtherAuthors : [Author, .. OtherAuthors];

    /// <summary>Every name a deployer goes by.</summary>
    public IEnumerable<string> Deployers => Deployer is null ? OtherDeployers : [Deployer, .. OtherDeployers];

    /// <summary>No context.</summary>
    public static DecisionContext Empty { get; } = new();

    /// <summary>Model labels, never null.</summary>
    public IReadOnlyDictionary<string, string> LabelsOrEmpty => Labels ?? EmptyLabels;

    private static readonly Dictionary<string, string> EmptyLabels = new(StringComparer.Ordinal);
}
