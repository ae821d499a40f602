namespace Governance.GitHub.Deployments;

/// <summary>One environment review of a workflow run (<c>GET …/actions/runs/{id}/approvals</c>).</summary>
/// <param name="Environments">The environments the review covered.</param>
/// <param name="State"><c>approved</c> or <c>rejected</c>.</param>
/// <param name="Comment">The reviewer's comment.</param>
/// <param name="Reviewer">The reviewer's login.</param>
public sealed record RunApproval(IReadOnlyList<string> Environments, string State, string? Comment, string Reviewer)
{
    /// <summary>True when the state is <c>approved</c>.</summary>
    public bool IsApproved => string.Equals(State, "approved", StringComparison.OrdinalIgnoreCase);
}
