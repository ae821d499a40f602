using Governance.GitHub.Actions;
using Governance.GitHub.Events;
using Governance.GitHub.Rest;
using Governance.GitHub.Tests.Support;

namespace Governance.GitHub.Tests.Actions;

public sealed class GitHubActionsEnvironmentTests
{
    [Fact]
    public void Properties_ActionsVariables_AreRead()
    {
        var env = GitHubActionsEnvironment.FromVariables(new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_REPOSITORY"] = "octo-org/models",
            ["GITHUB_ACTOR"] = "octocat",
            ["GITHUB_SHA"] = "abc",
            ["GITHUB_RUN_ID"] = "123456",
            ["GITHUB_API_URL"] = "https://ghe.example/api/v3",
            ["GITHUB_SERVER_URL"] = "https://ghe.example",
            ["GITHUB_WORKSPACE"] = "/home/runner/work/models/models",
            ["RUNNER_TEMP"] = "/home/runner/work/_temp",
            ["GITHUB_EVENT_NAME"] = "push",
            ["GITHUB_EVENT_PATH"] = "/home/runner/work/_temp/_github_workflow/event.json",
            ["GITHUB_OUTPUT"] = "/tmp/out",
            ["GITHUB_STEP_SUMMARY"] = "/tmp/summary",
        });

        Assert.True(env.IsActions);
        Assert.Equal(new RepositoryName("octo-org", "models"), env.Repository);
        Assert.Equal("octocat", env.Actor);
        Assert.Equal("abc", env.Sha);
        Assert.Equal(123456, env.RunId);
        Assert.Equal(new Uri("https://ghe.example/api/v3"), env.ApiUrl);
        Assert.Equal(new Uri("https://ghe.example/octo-org/models/actions/runs/123456"), env.RunUrl);
        Assert.Equal("/home/runner/work/models/models", env.Workspace);
        Assert.Equal("/home/runner/work/_temp", env.RunnerTemp);
        Assert.Equal("push", env.EventName);
        Assert.Equal("/home/runner/work/_temp/_github_workflow/event.json", env.EventPath);
        Assert.Equal("/tmp/out", env.OutputPath);
        Assert.Equal("/tmp/summary", env.StepSummaryPath);
    }

    [Fact]
    public void Properties_NothingSet_DefaultsAndNulls()
    {
        var env = new GitHubActionsEnvironment(_ => null);

        Assert.False(env.IsActions);
        Assert.Null(env.Repository);
        Assert.Null(env.RunId);
        Assert.Null(env.RunUrl);
        Assert.Equal(new Uri("https://api.github.com/"), env.ApiUrl);
    }

    [Fact]
    public void ReadEvent_FromEnvironment_UsesNamePathAndShaFallback()
    {
        var env = GitHubActionsEnvironment.FromVariables(new Dictionary<string, string>
        {
            ["GITHUB_EVENT_NAME"] = "workflow_dispatch",
            ["GITHUB_EVENT_PATH"] = Fixture.Path("workflow_dispatch.payload.json"),
            ["GITHUB_SHA"] = "1234567890123456789012345678901234567890",
        });

        var ev = GitHubEventReader.Read(env);

        Assert.Equal("workflow_dispatch", ev.Name);
        Assert.Equal("1234567890123456789012345678901234567890", ev.SubjectSha);
    }

    [Fact]
    public void ReadEvent_NoEventPath_ThrowsClearError()
    {
        var env = GitHubActionsEnvironment.FromVariables(new Dictionary<string, string> { ["GITHUB_EVENT_NAME"] = "push" });

        var ex = Assert.Throws<GitHubEventException>(() => GitHubEventReader.Read(env));

        Assert.Contains("GITHUB_EVENT_PATH", ex.Message);
    }
}
