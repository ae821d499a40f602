using Governance.Core.Evidence;
using Governance.Core.Subjects;
using Governance.GitHub.Evidence;
using Governance.GitHub.Rest;
using Governance.GitHub.Tests.Support;
using Governance.Testing.Builders;
using Governance.Testing.Files;
using Governance.Testing.GitHub;

namespace Governance.GitHub.Tests.Evidence;

/// <summary>
/// The GitHub evidence source at library level: a real pull_request webhook payload on disk, the REST API served by a
/// loopback fake, no CLI. The attacker here is the pull request's author (who writes reviews and the event's PR) and
/// anyone who can approve without being in the team.
/// </summary>
public sealed class GitHubEvidenceSourceTests : IAsyncLifetime, IDisposable
{
    private const string Head = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
    private const string Team = "Codertocat/ml-governance";
    private const string Reviews = "/repos/Codertocat/Hello-World/pulls/2/reviews";

    private readonly TempDirectory _dir = new();
    private readonly StringWriter _log = new();
    private readonly List<string> _warnings = [];
    private readonly List<string> _reviews = [];
    private FakeGitHubServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGitHubServer.StartAsync();
        _server.On("GET", Reviews, _ => FakeResponse.Json(Payloads.Array([.. _reviews])));
        _server.OnGetJson("/orgs/Codertocat/teams/ml-governance", """{"id":1,"slug":"ml-governance"}""");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _dir.Dispose();
        _log.Dispose();
    }

    [Fact]
    public async Task CollectRunAsync_TeamMemberApprovesHead_CountsOnlyTheMember()
    {
        Review("alice", "APPROVED").Member("alice");
        Review("Codertocat", "APPROVED").Member("Codertocat");
        Review("mallory", "APPROVED");

        var result = await Source(GitHubEvidenceMode.PullRequest, PullRequestEvent()).CollectRunAsync(Request(), default);

        var approval = Assert.Single(result.Evidence.Approvals);
        Assert.Equal("alice", approval.Approver);
        Assert.Equal("Codertocat", result.Evidence.Context.Author);
        Assert.Equal(Head, result.Run?.SubjectSha);
        Assert.Equal(2, result.Run?.PullRequestNumber);
        Assert.NotNull(result.Run?.Facts);
        Assert.Empty(_warnings);
    }

    [Fact]
    public async Task CollectAsync_Always_BatchIsGitHubWithTheRunAsState()
    {
        Review("alice", "APPROVED").Member("alice");

        var batch = await Source(GitHubEvidenceMode.PullRequest, PullRequestEvent()).CollectAsync(Request(), default);

        Assert.Equal(EvidenceSource.GitHub, batch.Origin);
        Assert.Equal(Head, Assert.IsType<GitHubRun>(batch.State).SubjectSha);
        Assert.Single(batch.Evidence.Approvals);
    }

    [Fact]
    public async Task CollectRunAsync_TokenInEnvironment_MaskedBeforeAnyRequest()
    {
        Review("alice", "APPROVED").Member("alice");

        await Source(GitHubEvidenceMode.PullRequest, PullRequestEvent(), actions: true).CollectRunAsync(Request(), default);

        var log = _log.ToString();
        Assert.Contains($"::add-mask::{TestClient.Token}", log, StringComparison.Ordinal);
        Assert.Equal(2, log.Split(TestClient.Token).Length);
    }

    [Fact]
    public async Task CollectRunAsync_NoEventInApprovalsMode_WarnsAndReturnsNothing()
    {
        var result = await Source(GitHubEvidenceMode.Approvals, eventPath: null).CollectRunAsync(Request(), default);

        Assert.Null(result.Run);
        Assert.Empty(result.Evidence.Approvals);
        Assert.Contains("GITHUB_EVENT_PATH is not set", Assert.Single(_warnings), StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task CollectRunAsync_NoEventInPullRequestMode_FailsClosed()
    {
        var source = Source(GitHubEvidenceMode.PullRequest, eventPath: null);

        var error = await Assert.ThrowsAsync<GitHubSetupException>(() => source.CollectRunAsync(Request(), default));

        Assert.Contains("GITHUB_EVENT_PATH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectRunAsync_NoTokenInPullRequestMode_FailsClosedWithoutCallingGitHub()
    {
        var source = Source(GitHubEvidenceMode.PullRequest, PullRequestEvent(), token: null);

        await Assert.ThrowsAsync<GitHubSetupException>(() => source.CollectRunAsync(Request(), default));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task CollectRunAsync_NoTokenInApprovalsMode_KeepsTheAuthorAndCollectsNoApprovals()
    {
        var result = await Source(GitHubEvidenceMode.Approvals, PullRequestEvent(), token: null).CollectRunAsync(Request(), default);

        Assert.Empty(result.Evidence.Approvals);
        Assert.Equal("Codertocat", result.Evidence.Context.Author);
        Assert.Single(_warnings);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task CollectRunAsync_NoApprovalRule_AsksGitHubNothing()
    {
        var request = new EvidenceRequest(Some.Subject() with { Commit = null }, [Some.Policy()]);

        var result = await Source(GitHubEvidenceMode.PullRequest, PullRequestEvent()).CollectRunAsync(request, default);

        Assert.Empty(result.Evidence.Approvals);
        Assert.Equal(Head, result.Evidence.Context.Commit);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task CollectRunAsync_PushEventWithoutPullRequest_EveryCommitAuthorAndTheSenderCountAsAuthors()
    {
        var path = _dir.Write("push.json", $$$"""{"ref":"refs/heads/main","after":"{{{Head}}}","sender":{"login":"pusher"},"repository":{"name":"Hello-World","owner":{"login":"Codertocat"} } }""");
        var settings = Settings(GitHubEvidenceMode.Approvals, path, "push") with
        {
            CommitAuthors = (sha, _) => Task.FromResult<IReadOnlyList<string>>(sha == Head ? ["Writer", "writer@example.com"] : []),
        };

        var result = await new GitHubEvidenceSource(settings).CollectRunAsync(new EvidenceRequest(Some.Subject() with { Commit = Head }, [Some.Policy()]), default);

        Assert.Equal(["pusher", "Writer", "writer@example.com"], result.Evidence.Context.OtherAuthors);
    }

    [Fact]
    public async Task CollectRunAsync_Cancelled_StopsBeforeTheAnswer()
    {
        Review("alice", "APPROVED").Member("alice");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var source = Source(GitHubEvidenceMode.PullRequest, PullRequestEvent());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.CollectRunAsync(Request(), cancelled.Token));
    }

    private EvidenceRequest Request() =>
        new(Some.Subject() with { Commit = null }, [Some.Policy(Some.Rule("approvals", new Core.Policies.ApprovalRequirement(1, new Core.Policies.PrincipalSet([Team], []))))]);

    private GitHubEvidenceSourceTests Review(string login, string state)
    {
        _reviews.Add(Payloads.Review(_reviews.Count + 100, login, state, Head, minutesAfterT0: _reviews.Count));
        return this;
    }

    private GitHubEvidenceSourceTests Member(string login)
    {
        _server.OnGetJson($"/orgs/Codertocat/teams/ml-governance/memberships/{login}", Payloads.Membership("active"));
        return this;
    }

    private string PullRequestEvent() => _dir.Write("event.json", File.ReadAllText(Fixture.Path("pull_request.opened.payload.json")));

    private GitHubEvidenceSource Source(GitHubEvidenceMode mode, string? eventPath, string? token = TestClient.Token, bool actions = false) =>
        new(Settings(mode, eventPath, "pull_request", token, actions));

    private GitHubEvidenceSettings Settings(GitHubEvidenceMode mode, string? eventPath, string eventName, string? token = TestClient.Token, bool actions = false)
    {
        var variables = new Dictionary<string, string?>
        {
            ["GITHUB_API_URL"] = _server.BaseUrl.ToString(),
            ["GITHUB_REPOSITORY"] = "Codertocat/Hello-World",
            ["GITHUB_EVENT_PATH"] = eventPath,
            ["GITHUB_EVENT_NAME"] = eventPath is null ? null : eventName,
            ["GITHUB_ACTOR"] = "deployer",
            ["GITHUB_ACTIONS"] = actions ? "true" : null,
            ["GITHUB_TOKEN"] = token,
        };
        return new GitHubEvidenceSettings(mode, name => variables.GetValueOrDefault(name), _log, new AutoAdvancingTimeProvider())
        {
            Warn = _warnings.Add,
        };
    }
}
