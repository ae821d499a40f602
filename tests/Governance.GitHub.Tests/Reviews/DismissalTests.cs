using Governance.GitHub.Reviews;
using static Governance.GitHub.Tests.Reviews.ApprovalScenario;

namespace Governance.GitHub.Tests.Reviews;

/// <summary>
/// GitHub: "dismissing a review ... the pull request will require a new approving review". A reviewer whose latest
/// review was dismissed must not count through an earlier approval (issue 11, fail closed).
/// </summary>
public sealed class DismissalTests
{
    [Fact]
    public async Task CollectAsync_ApprovedThenLatestDismissed_DoesNotCountTheEarlierApproval()
    {
        await using var s = await StartAsync();
        s.Review("hank", "APPROVED").Review("hank", "DISMISSED").Member(GovTeam, "hank");

        var facts = await s.CollectAsync();

        Assert.Empty(facts.Approvals);
        var ignored = Assert.Single(facts.Ignored);
        Assert.Equal(IgnoredReviewReason.Dismissed, ignored.Reason);
        Assert.Contains("cancels their earlier approval", ignored.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_ApprovedOnOldCommitThenDismissedOnHead_DoesNotCountWithAllowStale()
    {
        await using var s = await StartAsync();
        s.Review("hank", "APPROVED", Old).Review("hank", "DISMISSED").Member(GovTeam, "hank");

        var facts = await s.CollectAsync(s.Request(GovTeam) with { AllowStale = true });

        Assert.Empty(facts.Approvals);
        Assert.Equal(IgnoredReviewReason.Dismissed, Assert.Single(facts.Ignored).Reason);
    }

    [Fact]
    public async Task CollectAsync_DismissedThenApprovedAgain_Counts()
    {
        await using var s = await StartAsync();
        s.Review("hank", "DISMISSED").Review("hank", "APPROVED").Member(GovTeam, "hank");

        var facts = await s.CollectAsync();

        Assert.Equal("hank", Assert.Single(facts.Approvals).Reviewer);
    }
}
