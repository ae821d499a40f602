using Governance.Core.Evidence;

namespace Governance.GitHub.Evidence;

/// <summary>What <see cref="GitHubEvidenceSource"/> found: the evidence, and the run facts a publisher reuses after the decision.</summary>
/// <param name="Evidence">The approvals and context facts (author, deployers, commit) from GitHub.</param>
/// <param name="Run">The event, subject commit and approval facts; null when GitHub was not asked (no event, or outside Actions).</param>
public sealed record GitHubEvidenceResult(EvidenceSet Evidence, GitHubRun? Run)
{
    /// <summary>Nothing from GitHub.</summary>
    public static GitHubEvidenceResult None { get; } = new(EvidenceSet.Empty, null);
}
