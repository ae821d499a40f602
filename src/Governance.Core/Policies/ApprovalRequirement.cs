namespace Governance.Core.Policies;

/// <summary>N distinct people from named teams or users must approve the exact subject.</summary>
/// <param name="Min">How many distinct approvers are needed.</param>
/// <param name="From">Who may approve.</param>
/// <param name="DistinctFromAuthor">The change's author never counts (default true).</param>
/// <param name="DistinctFromDeployer">The deployer never counts (default true).</param>
/// <param name="MaxAge">Approvals older than this at decision time do not count.</param>
/// <param name="AllowStale">A GitHub review of an older commit of the pull request still counts.</param>
public sealed record ApprovalRequirement(
    int Min,
    PrincipalSet From,
    bool DistinctFromAuthor = true,
    bool DistinctFromDeployer = true,
    TimeSpan? MaxAge = null,
    bool AllowStale = false) : Requirement
{
    /// <inheritdoc />
    public override string Kind => "approvals";
}
