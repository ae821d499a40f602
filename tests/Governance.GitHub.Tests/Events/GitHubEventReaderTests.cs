using System.Text;
using Governance.GitHub.Events;
using Governance.GitHub.Reviews;
using Governance.GitHub.Rest;
using Governance.GitHub.Tests.Support;

namespace Governance.GitHub.Tests.Events;

public sealed class GitHubEventReaderTests
{
    private const string FallbackSha = "fa11bac4fa11bac4fa11bac4fa11bac4fa11bac4";

    public static TheoryData<string> AllFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Fixture.Directory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Read_EveryFixture_ParsesRepositoryAndSubject(string fileName)
    {
        var eventName = fileName.Split('.')[0];

        var ev = GitHubEventReader.Read(eventName, Fixture.Path(fileName), FallbackSha);

        Assert.Equal(eventName, ev.Name);
        Assert.False(string.IsNullOrEmpty(ev.Repository.Owner));
        Assert.False(string.IsNullOrEmpty(ev.Repository.Name));
        Assert.Matches("^[0-9a-f]{40}$", ev.SubjectSha);
    }

    [Fact]
    public void Read_PullRequestOpened_HasNumberHeadAndAuthor()
    {
        var ev = GitHubEventReader.Read("pull_request", Fixture.Path("pull_request.opened.payload.json"), FallbackSha);

        Assert.Equal("opened", ev.Action);
        Assert.Equal(new RepositoryName("Codertocat", "Hello-World"), ev.Repository);
        Assert.Equal(2, ev.PullRequest?.Number);
        Assert.Equal("ec26c3e57ca3a959ca5aad62de7213c562f8c821", ev.PullRequest?.HeadSha);
        Assert.Equal("ec26c3e57ca3a959ca5aad62de7213c562f8c821", ev.SubjectSha);
        Assert.Equal("Codertocat", ev.PullRequest?.Author);
        Assert.Equal("master", ev.PullRequest?.BaseRef);
    }

    [Fact]
    public void Read_PullRequestReviewDismissed_HasReviewStateAndCommit()
    {
        var ev = GitHubEventReader.Read("pull_request_review", Fixture.Path("pull_request_review.dismissed.payload.json"));

        Assert.Equal(new EventReview(237895671, ReviewState.Dismissed, "Codertocat", "ec26c3e57ca3a959ca5aad62de7213c562f8c821"), ev.Review);
        Assert.Equal(2, ev.PullRequest?.Number);
    }

    [Fact]
    public void Read_Deployment_HasShaEnvironmentAndCreator()
    {
        var ev = GitHubEventReader.Read("deployment", Fixture.Path("deployment.payload.json"));

        Assert.Equal(new EventDeployment(145988746, "f95f852bd8fca8fcc58a9a2d6c842781e32a215e", "production", "Codertocat", "master"), ev.Deployment);
        Assert.Equal("f95f852bd8fca8fcc58a9a2d6c842781e32a215e", ev.SubjectSha);
        Assert.Null(ev.PullRequest);
    }

    [Fact]
    public void Read_DeploymentProtectionRule_HasCallbackRunIdEnvironmentAndPullRequests()
    {
        var ev = GitHubEventReader.Read("deployment_protection_rule", Fixture.Path("deployment_protection_rule.requested.synthetic.json"));

        Assert.NotNull(ev.ProtectionRule);
        Assert.Equal(1234567890, ev.ProtectionRule.RunId);
        Assert.Equal("production", ev.ProtectionRule.Environment);
        Assert.Equal("push", ev.ProtectionRule.TriggerEvent);
        Assert.Equal([42], ev.ProtectionRule.PullRequestNumbers);
        Assert.StartsWith("https://api.github.com/repos/octo-org/models/actions/runs/1234567890/", ev.ProtectionRule.CallbackUrl, StringComparison.Ordinal);
        Assert.Equal("9f1c0a1d2b3c4d5e6f708192a3b4c5d6e7f80912", ev.SubjectSha);
        Assert.Equal("release-bot", ev.Deployment?.Creator);
    }

    [Fact]
    public void Read_PushDeletingATag_FallsBackToGitHubSha()
    {
        var ev = GitHubEventReader.Read("push", Fixture.Path("push.payload.json"), FallbackSha);

        Assert.True(ev.Push?.Deleted);
        Assert.Equal("refs/tags/simple-tag", ev.Ref);
        Assert.Equal(FallbackSha, ev.SubjectSha);
    }

    [Fact]
    public void Parse_PushToBranch_SubjectIsAfter()
    {
        var json = """{"ref":"refs/heads/main","before":"1111111111111111111111111111111111111111","after":"2222222222222222222222222222222222222222","deleted":false,"repository":{"name":"r","owner":{"login":"o"}}}""";

        var ev = GitHubEventReader.Parse("push", Encoding.UTF8.GetBytes(json), FallbackSha);

        Assert.Equal("2222222222222222222222222222222222222222", ev.SubjectSha);
    }

    [Fact]
    public void Read_MergeGroup_SubjectIsQueueHead()
    {
        var ev = GitHubEventReader.Read("merge_group", Fixture.Path("merge_group.checks_requested.payload.json"));

        Assert.Equal("2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d", ev.SubjectSha);
        Assert.Equal("refs/heads/main", ev.MergeGroup?.BaseRef);
        Assert.Equal(104, ev.MergeGroup?.PullRequestNumber);
    }

    [Fact]
    public void Read_WorkflowDispatch_UsesGitHubShaAndKeepsInputs()
    {
        var ev = GitHubEventReader.Read("workflow_dispatch", Fixture.Path("workflow_dispatch.payload.json"), FallbackSha);

        Assert.Equal(FallbackSha, ev.SubjectSha);
        Assert.Equal(".github/workflows/hello-world-workflow.yml", ev.Workflow);
        Assert.Equal("refs/heads/master", ev.Ref);
        Assert.Equal("octo-org", ev.Repository.Owner);
    }

    [Fact]
    public void Parse_NotJson_ThrowsEventExceptionNamingTheEvent()
    {
        var ex = Assert.Throws<GitHubEventException>(() => GitHubEventReader.Parse("push", "{ nope"u8));

        Assert.Contains("push event payload is not valid JSON", ex.Message);
    }

    [Fact]
    public void Parse_NoRepository_ThrowsEventException()
    {
        var ex = Assert.Throws<GitHubEventException>(() => GitHubEventReader.Parse("push", "{}"u8));

        Assert.Contains("repository", ex.Message);
    }

    [Fact]
    public void Read_MissingFile_ThrowsEventExceptionWithPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-event-" + Guid.NewGuid().ToString("N") + ".json");

        var ex = Assert.Throws<GitHubEventException>(() => GitHubEventReader.Read("push", path));

        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
    }
}
