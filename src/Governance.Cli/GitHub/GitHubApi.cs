using Governance.Cli.Infrastructure;
using Governance.GitHub.Events;
using Governance.GitHub.Rest;

namespace Governance.Cli.GitHub;

/// <summary>
/// The GitHub REST client for one command, created only on GitHub code paths so other commands never load HTTP.
/// The token comes from <c>GOVERNANCE_GITHUB_TOKEN</c> or <c>GITHUB_TOKEN</c> and is never printed.
/// </summary>
public sealed class GitHubApi : IDisposable
{
    /// <summary>The variables a token is read from, in order.</summary>
    public static readonly string[] TokenVariables = ["GOVERNANCE_GITHUB_TOKEN", "GITHUB_TOKEN"];

    private readonly HttpClient _http;

    private GitHubApi(HttpClient http, IGitHubClient client)
    {
        _http = http;
        Client = client;
    }

    /// <summary>The REST client.</summary>
    public IGitHubClient Client { get; }

    /// <summary>The token from the environment, or null.</summary>
    public static string? Token(CliContext context) => TokenVariables.Select(context.Env).FirstOrDefault(t => t is not null);

    /// <summary>Opens a client on <c>GITHUB_API_URL</c> (GHES honoured); throws when no token is set.</summary>
    public static GitHubApi Open(CliContext context)
    {
        var token = Token(context) ?? throw new CliException(
            "no GitHub token: set GITHUB_TOKEN (the action passes its github-token input); team checks need one with read:org");
        GitHubClientOptions options;
        try
        {
            options = GitHubClientOptions.Create(context.Env("GITHUB_API_URL"), token);
        }
        catch (UriFormatException)
        {
            throw new CliException($"GITHUB_API_URL '{context.Env("GITHUB_API_URL")}' is not an absolute URL");
        }

        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        return new GitHubApi(http, new GitHubRestClient(http, options, context.Time));
    }

    /// <summary>Runs a GitHub call to completion, turning API and payload failures into exit-2 errors.</summary>
    public static T Call<T>(Func<Task<T>> call)
    {
        try
        {
            return call().GetAwaiter().GetResult();
        }
        catch (GitHubApiException ex)
        {
            throw new CliException($"GitHub: {ex.Message}", ex);
        }
        catch (GitHubEventException ex)
        {
            throw new CliException($"GitHub event: {ex.Message}", ex);
        }
    }

    /// <summary>Runs a GitHub call that returns nothing.</summary>
    public static void Call(Func<Task> call) => Call(async () =>
    {
        await call().ConfigureAwait(false);
        return true;
    });

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
