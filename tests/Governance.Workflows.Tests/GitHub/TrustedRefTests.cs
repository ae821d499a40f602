using Governance.GitHub.Actions;
using Governance.Testing.Files;
using Governance.Workflows.GitHub;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Tests.GitHub;

public sealed class TrustedRefTests
{
    [Fact]
    public void DefaultBranch_EventNamesDefaultBranch_IsThatBranch()
    {
        var environment = GitHubActionsEnvironment.FromVariables(new Dictionary<string, string>
        {
            ["GITHUB_EVENT_PATH"] = RepositoryRoot.Combine("tests", "Governance.GitHub.Tests", "Fixtures", "github-events", "pull_request.opened.payload.json"),
        });

        Assert.Equal("master", TrustedRef.DefaultBranch(environment, "policy-ref"));
    }

    [Fact]
    public void DefaultBranch_EventWithoutRepository_NoDecisionNamingTheInputNeverHead()
    {
        using var directory = new TempDirectory();
        var environment = GitHubActionsEnvironment.FromVariables(new Dictionary<string, string>
        {
            ["GITHUB_EVENT_PATH"] = directory.Write("event.json", """{"action":"opened"}"""),
        });

        var refused = Assert.Throws<WorkflowException>(() => TrustedRef.DefaultBranch(environment, "trust-ref"));

        Assert.Contains("set the trust-ref input", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultBranch_BranchNameThatGitWouldReadAsAnOption_Refused()
    {
        using var directory = new TempDirectory();
        var environment = GitHubActionsEnvironment.FromVariables(new Dictionary<string, string>
        {
            ["GITHUB_EVENT_PATH"] = directory.Write("event.json", """{"repository":{"default_branch":"--upload-pack=evil"}}"""),
        });

        var refused = Assert.Throws<WorkflowException>(() => TrustedRef.DefaultBranch(environment, "policy-ref"));

        Assert.Contains("is not a valid branch name", refused.Message, StringComparison.Ordinal);
    }
}
