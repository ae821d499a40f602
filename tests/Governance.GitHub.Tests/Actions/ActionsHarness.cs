using Governance.GitHub.Actions;
using Governance.GitHub.Tests.Support;
using Governance.Testing.Files;

namespace Governance.GitHub.Tests.Actions;

/// <summary>A runtime pointed at temporary output/summary files and a string stdout.</summary>
internal sealed class ActionsHarness : IDisposable
{
    private readonly TempDirectory _temp = new();

    public ActionsHarness(bool inActions = true, Func<string>? delimiters = null, Dictionary<string, string>? extra = null)
    {
        Variables = new Dictionary<string, string>
        {
            ["GITHUB_OUTPUT"] = _temp.File("output.txt"),
            ["GITHUB_STEP_SUMMARY"] = _temp.File("summary.md"),
        };
        if (inActions)
        {
            Variables["GITHUB_ACTIONS"] = "true";
        }

        foreach (var (key, value) in extra ?? [])
        {
            Variables[key] = value;
        }

        Environment = GitHubActionsEnvironment.FromVariables(Variables);
        Runtime = new GitHubActionsRuntime(Environment, Stdout, delimiters);
    }

    public Dictionary<string, string> Variables { get; }

    public GitHubActionsEnvironment Environment { get; }

    public StringWriter Stdout { get; } = new() { NewLine = "\n" };

    public GitHubActionsRuntime Runtime { get; }

    public string OutputPath => Variables["GITHUB_OUTPUT"];

    public string SummaryPath => Variables["GITHUB_STEP_SUMMARY"];

    public string[] StdoutLines => Stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        Stdout.Dispose();
        _temp.Dispose();
    }
}
