namespace Governance.GitHub.Rest;

/// <summary>
/// A GitHub REST client with the HTTP connection it owns, for one unit of work; dispose to release the connection.
/// Created only on GitHub code paths, so hosts that never talk to GitHub never load HTTP. The token comes from
/// <c>GOVERNANCE_GITHUB_TOKEN</c> or <c>GITHUB_TOKEN</c> and is never printed.
/// </summary>
public sealed class GitHubSession : IDisposable
{
    /// <summary>The variables a token is read from, in order.</summary>
    public static readonly IReadOnlyList<string> TokenVariables = ["GOVERNANCE_GITHUB_TOKEN", "GITHUB_TOKEN"];

    private readonly HttpClient _http;

    private GitHubSession(HttpClient http, IGitHubClient client)
    {
        _http = http;
        Client = client;
    }

    /// <summary>The REST client.</summary>
    public IGitHubClient Client { get; }

    /// <summary>The token from the variables, or null.</summary>
    /// <param name="variable">Returns a variable's value, or null when unset or empty.</param>
    public static string? Token(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return TokenVariables.Select(variable).FirstOrDefault(t => !string.IsNullOrEmpty(t));
    }

    /// <summary>Opens a client on <c>GITHUB_API_URL</c> (GHES honoured); throws <see cref="GitHubSetupException"/> when no token is set.</summary>
    /// <param name="variable">Returns a variable's value, or null when unset or empty.</param>
    /// <param name="time">The clock for retries and rate limits.</param>
    public static GitHubSession Open(Func<string, string?> variable, TimeProvider time)
    {
        var token = Token(variable) ?? throw new GitHubSetupException(
            "no GitHub token: set GITHUB_TOKEN (the action passes its github-token input); team checks need one with read:org");
        GitHubClientOptions options;
        try
        {
            options = GitHubClientOptions.Create(variable("GITHUB_API_URL"), token);
        }
        catch (UriFormatException)
        {
            throw new GitHubSetupException($"GITHUB_API_URL '{variable("GITHUB_API_URL")}' is not an absolute URL");
        }

        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        return new GitHubSession(http, new GitHubRestClient(http, options, time));
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
