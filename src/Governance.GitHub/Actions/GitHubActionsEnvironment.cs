using System.Globalization;
using Governance.GitHub.Rest;

namespace Governance.GitHub.Actions;

/// <summary>
/// The Actions runner's environment variables, read through an injected lookup (never straight from the
/// process), so tests and the CLI decide where values come from.
/// </summary>
public sealed class GitHubActionsEnvironment
{
    private readonly Func<string, string?> _variable;

    /// <summary>Creates a view over a variable lookup, e.g. <c>Environment.GetEnvironmentVariable</c>.</summary>
    /// <param name="variable">Returns a variable's value, or null when unset.</param>
    public GitHubActionsEnvironment(Func<string, string?> variable) =>
        _variable = variable ?? throw new ArgumentNullException(nameof(variable));

    /// <summary>Creates a view over a fixed set of variables.</summary>
    /// <param name="variables">The variables by name.</param>
    public static GitHubActionsEnvironment FromVariables(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new GitHubActionsEnvironment(name => variables.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>True when running inside GitHub Actions (<c>GITHUB_ACTIONS=true</c>).</summary>
    public bool IsActions => string.Equals(Get("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the runner has debug logging on (<c>RUNNER_DEBUG=1</c>).</summary>
    public bool IsDebug => Get("RUNNER_DEBUG") == "1";

    /// <summary>The step's output file (<c>GITHUB_OUTPUT</c>).</summary>
    public string? OutputPath => Get("GITHUB_OUTPUT");

    /// <summary>The step's summary file (<c>GITHUB_STEP_SUMMARY</c>).</summary>
    public string? StepSummaryPath => Get("GITHUB_STEP_SUMMARY");

    /// <summary>The event payload file (<c>GITHUB_EVENT_PATH</c>).</summary>
    public string? EventPath => Get("GITHUB_EVENT_PATH");

    /// <summary>The event name (<c>GITHUB_EVENT_NAME</c>).</summary>
    public string? EventName => Get("GITHUB_EVENT_NAME");

    /// <summary>The repository (<c>GITHUB_REPOSITORY</c>), or null when unset or malformed.</summary>
    public RepositoryName? Repository => RepositoryName.TryParse(Get("GITHUB_REPOSITORY"), out var name) ? name : null;

    /// <summary>Who started the run (<c>GITHUB_ACTOR</c>).</summary>
    public string? Actor => Get("GITHUB_ACTOR");

    /// <summary>The commit the run is for (<c>GITHUB_SHA</c>).</summary>
    public string? Sha => Get("GITHUB_SHA");

    /// <summary>The workflow run id (<c>GITHUB_RUN_ID</c>).</summary>
    public long? RunId => long.TryParse(Get("GITHUB_RUN_ID"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The REST API root (<c>GITHUB_API_URL</c>; <c>https://api.github.com</c> when unset).</summary>
    public Uri ApiUrl => GitHubClientOptions.Create(Get("GITHUB_API_URL"), token: null).ApiUrl;

    /// <summary>The web root (<c>GITHUB_SERVER_URL</c>; <c>https://github.com</c> when unset).</summary>
    public Uri ServerUrl => Uri.TryCreate(Get("GITHUB_SERVER_URL"), UriKind.Absolute, out var url) ? url : new Uri("https://github.com");

    /// <summary>The checkout directory (<c>GITHUB_WORKSPACE</c>).</summary>
    public string? Workspace => Get("GITHUB_WORKSPACE");

    /// <summary>The runner's temporary directory (<c>RUNNER_TEMP</c>).</summary>
    public string? RunnerTemp => Get("RUNNER_TEMP");

    /// <summary>A link to this workflow run, for commit status <c>target_url</c>s; null outside a run.</summary>
    public Uri? RunUrl => Repository is { } repo && RunId is { } run
        ? new Uri(ServerUrl, $"{repo.Owner}/{repo.Name}/actions/runs/{run.ToString(CultureInfo.InvariantCulture)}")
        : null;

    /// <summary>Any variable by name; empty values read as null.</summary>
    /// <param name="name">The variable name.</param>
    public string? Get(string name) => _variable(name) is { Length: > 0 } value ? value : null;
}
