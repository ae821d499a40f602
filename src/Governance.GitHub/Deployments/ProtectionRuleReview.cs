namespace Governance.GitHub.Deployments;

/// <summary>
/// The answer to a custom deployment protection rule
/// (<c>POST /repos/{o}/{r}/actions/runs/{run_id}/deployment_protection_rule</c>).
/// </summary>
/// <param name="EnvironmentName">The environment being deployed to.</param>
/// <param name="State">Approve or reject.</param>
/// <param name="Comment">Why (Markdown; shown on the run).</param>
public sealed record ProtectionRuleReview(string EnvironmentName, ProtectionRuleState State, string Comment)
{
    /// <summary>The longest comment GitHub shows for a protection rule.</summary>
    public const int MaxCommentLength = 1024;
}
