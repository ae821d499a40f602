namespace Governance.Core.Evidence;

/// <summary>What one <see cref="IEvidenceSource"/> returned: its evidence, its origin, and what the user should be told.</summary>
/// <param name="Origin">Which kind of source produced the evidence; decides its precedence and whether it is signed.</param>
/// <param name="Evidence">The evidence items and the context facts this source knows.</param>
public sealed record EvidenceBatch(EvidenceSource Origin, EvidenceSet Evidence)
{
    /// <summary>Notices for the report (for example "the evidence file's time was ignored").</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>
    /// A value the source hands back to its host beside the evidence (for GitHub: the resolved pull request and
    /// token that the publisher reuses). Typed by the source that sets it; null for most sources.
    /// </summary>
    public object? State { get; init; }
}
