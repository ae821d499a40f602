using Governance.GitHub.Events;
using Governance.GitHub.Reviews;
using Governance.GitHub.Rest;
using Governance.GitHub.Teams;
using Governance.GitHub.Tests.Support;
using Governance.Testing.GitHub;
using static Governance.GitHub.Tests.Reviews.ApprovalScenario;

namespace Governance.GitHub.Tests.Reviews;

public sealed class ApprovalCollectorTests
{
    [Fact]
    public async Task CollectAsync_MemberApprovesHead_Counts()
    {
        await using var s = await StartAsync();
        s.Review("alice", "APPROVED").Member(GovTeam, "alice");

        var facts = await s.CollectAsync();

        var approval = Assert.Single(facts.Approvals);
        Assert.Equal("alice", approval.Reviewer);
        Assert.Equal([GovTeam], approval.Teams);
        Assert.Equal(Head, approval.CommitSha);
        Assert.Equal(ReviewState.Approved, approval.State);
        Assert.Equal(100, approval.ReviewId);
        Assert.Equal(Payloads.T0, approval.SubmittedAt);
        Assert.Empty(facts.Ignored);
        Assert.Equal(7, facts.PullRequest?.Number);
    }

    [Fact]
    public async Task CollectAsync_ApprovalOnOlderCommit_IgnoredAsStale()
    {
        await using var s = await StartAsync();
        s.Review("bob", "APPROVED", Old).Member(GovTeam, "bob");

        var facts = await s.CollectAsync();

        Assert.Empty(facts.Approvals);
        var ignored = Assert.Single(facts.Ignored);
        Assert.Equal(IgnoredReviewReason.Stale, ignored.Reason);
        Assert.Contains("bbbbbbb", ignored.Detail);
    }

    [Fact]
    public async Task CollectAsync_AllowStale_CountsOlderApproval()
    {
        await using var s = await StartAsync();
        s.Review("bob", "APPROVED", Old).Member(GovTeam, "bob");

        var facts = await s.CollectAsync(s.Request() with { AllowStale = true });

        Assert.Equal(Old, Assert.Single(facts.Approvals).CommitSha);
    }

    [Fact]
    public async Task CollectAsync_AuthorApprovesOwnPullRequest_IgnoredAsAuthor()
    {
        await using var s = await StartAsync();
        s.Review("Carol", "APPROVED").Member(GovTeam, "Carol");

        var facts = await s.CollectAsync();

        Assert.Empty(facts.Approvals);
        Assert.Equal(IgnoredReviewReason.Author, Assert.Single(facts.Ignored).Reason);
        Assert.DoesNotContain(s.Server.Requests, r => r.Path.Contains("/memberships/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CollectAsync_ExcludeAuthorFalse_AuthorCounts()
    {
        await using var s = await StartAsync();
        s.Review("carol", "APPROVED").Member(GovTeam, "carol");

        var facts = await s.CollectAsync(s.Request() with { ExcludeAuthor = false });

        Assert.Equal("carol", Assert.Single(facts.Approvals).Reviewer);
    }

    [Fact]
    public async Task CollectAsync_DeployerApproves_IgnoredAsDeployer()
    {
        await using var s = await StartAsync();
        s.Review("dave", "APPROVED").Member(GovTeam, "dave");

        var facts = await s.CollectAsync();

        Assert.Empty(facts.Approvals);
        Assert.Equal(IgnoredReviewReason.Deployer, Assert.Single(facts.Ignored).Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("pending")]
    public async Task CollectAsync_ReviewerNotActiveMember_IgnoredAsNotAMember(string? membership)
    {
        await using var s = await StartAsync();
        s.Review("frank", "APPROVED");
        if (membership is not null)
        {
            s.Member(GovTeam, "frank", membership);
        }

        var facts = await s.CollectAsync();

        Assert.Empty(facts.Approvals);
        var ignored = Assert.Single(facts.Ignored);
        Assert.Equal(IgnoredReviewReason.NotAMember, ignored.Reason);
        Assert.Contains("team octo-org/ml-governance", ignored.Detail);
    }

    [Fact]
    public async Task CollectAsync_ListedUserOutsideTeams_Counts()
    {
        await using var s = await StartAsync();
        s.Review("ciso", "APPROVED");

        var facts = await s.CollectAsync(s.Request() with { Users = ["@ciso"] });

        var approval = Assert.Single(facts.Approvals);
        Assert.Empty(approval.Teams);
    }

    [Fact]
    public async Task CollectAsync_NoTeamsOrUsersAsked_AnyoneCountsWithoutMembershipCalls()
    {
        await using var s = await StartAsync();
        s.Review("zed", "APPROVED");

        var facts = await s.CollectAsync(s.Request() with { Teams = [] });

        Assert.Single(facts.Approvals);
        Assert.Single(s.Server.Requests);
    }

    [Fact]
    public async Task CollectAsync_SameReviewerApprovesTwiceAndComments_CountsOnceWithLatestApproval()
    {
        await using var s = await StartAsync();
        s.Review("alice", "APPROVED", Old).Review("alice", "APPROVED").Review("ALICE", "COMMENTED").Member(GovTeam, "ALICE");

        var facts = await s.CollectAsync();

        var approval = Assert.Single(facts.Approvals);
        Assert.Equal(101, approval.ReviewId);
        Assert.Empty(facts.Ignored);
    }

    [Fact]
    public async Task CollectAsync_ApprovalThenChangesRequested_IgnoredAsSuperseded()
    {
        await using var s = await StartAsync();
        s.Review("gina", "APPROVED").Review("gina", "CHANGES_REQUESTED").Member(GovTeam, "gina");

        var facts = await s.CollectAsync();

        Assert.Empty(facts.Approvals);
        var ignored = Assert.Single(facts.Ignored);
        Assert.Equal(IgnoredReviewReason.ChangesRequested, ignored.Reason);
        Assert.Contains("supersedes", ignored.Detail);
    }

    [Fact]
    public async Task CollectAsync_ChangesRequestedThenApproved_Counts()
    {
        await using var s = await StartAsync();
        s.Review("ivan", "CHANGES_REQUESTED").Review("ivan", "APPROVED").Member(GovTeam, "ivan");

        Assert.Single((await s.CollectAsync()).Approvals);
    }

    [Fact]
    public async Task CollectAsync_DismissedApproval_IgnoredAsDismissed()
    {
        await using var s = await StartAsync();
        s.Review("hank", "DISMISSED").Member(GovTeam, "hank");

        var facts = await s.CollectAsync();

        Assert.Empty(facts.Approvals);
        Assert.Equal(IgnoredReviewReason.Dismissed, Assert.Single(facts.Ignored).Reason);
    }

    [Fact]
    public async Task CollectAsync_OnlyCommented_IgnoredAsNotDecisive()
    {
        await using var s = await StartAsync();
        s.Review("judy", "COMMENTED");

        Assert.Equal(IgnoredReviewReason.NotDecisive, Assert.Single((await s.CollectAsync()).Ignored).Reason);
    }

    [Fact]
    public async Task CollectAsync_MemberOfTwoAskedTeams_CountsOnceListingBoth()
    {
        await using var s = await StartAsync();
        s.Review("alice", "APPROVED").Member(GovTeam, "alice").Member(Risk, "alice");

        var facts = await s.CollectAsync(s.Request(GovTeam, Risk));

        Assert.Equal([GovTeam, Risk], Assert.Single(facts.Approvals).Teams);
    }

    [Fact]
    public async Task CollectAsync_CalledTwice_AsksMembershipOncePerTeamAndUser()
    {
        await using var s = await StartAsync();
        s.Review("alice", "APPROVED").Member(GovTeam, "alice");
        var collector = s.Collector();

        await collector.CollectAsync(s.Request());
        await collector.CollectAsync(s.Request());

        Assert.Single(s.Server.RequestsTo("GET", "/orgs/octo-org/teams/ml-governance/memberships/alice"));
    }

    [Fact]
    public async Task CollectAsync_TokenCannotSeeTeam_ThrowsReadOrgAdvice()
    {
        await using var s = await StartAsync();
        s.Review("alice", "APPROVED");
        var hidden = new TeamName("octo-org", "secret-team");

        var ex = await Assert.ThrowsAsync<GitHubApiException>(() => s.CollectAsync(s.Request(hidden)));

        Assert.Contains("read:org", ex.Message);
    }

    [Fact]
    public async Task CollectAsync_DeployedMergeCommit_FindsPullRequestAndCountsHeadApprovals()
    {
        await using var s = await StartAsync();
        s.Server.OnGetJson($"/repos/octo-org/models/commits/{Merge}/pulls", Payloads.Array(
            Payloads.PullRequest(3, "dddddddddddddddddddddddddddddddddddddddd", "someone", mergeCommit: "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"),
            Payloads.PullRequest(7, Head, "carol", mergeCommit: Merge)));
        s.Review("alice", "APPROVED").Review("carol", "APPROVED").Member(GovTeam, "alice");

        var facts = await s.CollectAsync(s.Request() with { SubjectSha = Merge, PullRequestNumber = null, PullRequestAuthor = null });

        Assert.Equal(7, facts.PullRequest?.Number);
        Assert.Equal("alice", Assert.Single(facts.Approvals).Reviewer);
        Assert.Equal(IgnoredReviewReason.Author, Assert.Single(facts.Ignored).Reason);
        Assert.Contains(facts.Notes, n => n.Contains("2 pull requests", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CollectAsync_MergeQueueGroup_FetchesQueuedPullRequestAndCountsHeadApprovals()
    {
        await using var s = await StartAsync();
        s.Server.OnGetJson("/repos/octo-org/models/pulls/7", Payloads.PullRequest(7, Head, "carol", state: "open"));
        s.Review("alice", "APPROVED").Review("carol", "APPROVED").Member(GovTeam, "alice");
        var request = s.Request() with { SubjectSha = Merge, PullRequestHeadSha = null, PullRequestAuthor = null };

        var facts = await s.CollectAsync(request);

        Assert.Equal(Head, facts.PullRequest?.HeadSha);
        Assert.Equal("alice", Assert.Single(facts.Approvals).Reviewer);
        Assert.Equal(IgnoredReviewReason.Author, Assert.Single(facts.Ignored).Reason);
    }

    [Fact]
    public void ForEvent_MergeGroup_TakesPullRequestFromQueueBranch()
    {
        var ev = GitHubEventReader.Read("merge_group", Fixture.Path("merge_group.checks_requested.payload.json"));

        var request = ApprovalRequest.ForEvent(ev, "octocat");

        Assert.Equal(104, request.PullRequestNumber);
        Assert.Null(request.PullRequestHeadSha);
        Assert.Equal("2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d", request.SubjectSha);
    }

    [Fact]
    public async Task CollectAsync_CommitWithoutPullRequest_NoApprovalsAndANote()
    {
        await using var s = await StartAsync();
        s.Server.OnGetJson($"/repos/octo-org/models/commits/{Merge}/pulls", "[]");

        var facts = await s.CollectAsync(s.Request() with { SubjectSha = Merge, PullRequestNumber = null });

        Assert.Null(facts.PullRequest);
        Assert.Empty(facts.Approvals);
        Assert.Contains("No pull request", Assert.Single(facts.Notes));
    }

    [Fact]
    public void ForEvent_DeploymentProtectionRule_DeployersAreActorAndCreator()
    {
        var ev = GitHubEventReader.Read("deployment_protection_rule", Fixture.Path("deployment_protection_rule.requested.synthetic.json"));

        var request = ApprovalRequest.ForEvent(ev, "octocat");

        Assert.Equal(["octocat", "release-bot"], request.Deployers);
        Assert.Null(request.PullRequestNumber);
        Assert.Equal("9f1c0a1d2b3c4d5e6f708192a3b4c5d6e7f80912", request.SubjectSha);
    }

    [Fact]
    public void ForEvent_PullRequestReview_UsesEventPullRequest()
    {
        var ev = GitHubEventReader.Read("pull_request_review", Fixture.Path("pull_request_review.submitted.payload.json"));

        var request = ApprovalRequest.ForEvent(ev, "Codertocat");

        Assert.Equal(2, request.PullRequestNumber);
        Assert.Equal("Codertocat", request.PullRequestAuthor);
        Assert.Equal(ev.PullRequest?.HeadSha, request.SubjectSha);
    }
}
