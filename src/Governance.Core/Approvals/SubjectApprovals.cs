using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;

namespace Governance.Core.Approvals;

/// <summary>The subject's valid approvals regardless of team: bound to the subject, latest decisive per person, author and deployer excluded.</summary>
public static class SubjectApprovals
{
    /// <summary>The approvals that would count for <paramref name="rule"/> if it accepted anyone (the <c>Approvals</c> of C# conditions).</summary>
    public static IReadOnlyList<ApprovalRecord> Of(EvaluationScope scope, Rule rule) =>
        ApprovalTally.Count(rule, new ApprovalRequirement(0, PrincipalSet.Anyone), scope).Counted;
}
