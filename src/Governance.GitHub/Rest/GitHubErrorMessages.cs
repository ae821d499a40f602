using System.Globalization;

namespace Governance.GitHub.Rest;

/// <summary>Turns a final failure into a message a user can act on.</summary>
internal static class GitHubErrorMessages
{
    private const int MaxGitHubMessageLength = 300;

    /// <summary>The kind and message for a non-success status that is not retried (any more).</summary>
    public static (GitHubErrorKind Kind, string Message) ForStatus(GitHubRequest request, int status, string? gitHubMessage, int attempts)
    {
        var said = string.IsNullOrWhiteSpace(gitHubMessage) ? string.Empty : $": GitHub says \"{Shorten(gitHubMessage)}\"";
        var hint = request.Hint is null ? string.Empty : $" {request.Hint}";
        return status switch
        {
            401 => (GitHubErrorKind.Unauthorized,
                $"GitHub rejected the token for {request.Display} (401{said}). Check that the github-token input " +
                "(or GITHUB_TOKEN) is set, is a valid token for this GitHub host, and has not expired."),
            403 => (GitHubErrorKind.Forbidden,
                $"GitHub refused {request.Display} (403{said}). The token lacks a permission this call needs.{hint}"),
            404 => (GitHubErrorKind.NotFound,
                $"GitHub found nothing at {request.Display} (404{said}). Check the owner, repository and number, and that " +
                $"the token can see the repository (GitHub answers 404 rather than 403 to hide private resources).{hint}"),
            >= 500 => (GitHubErrorKind.ServerError,
                $"GitHub failed {request.Display} with {status}{said} after {Attempts(attempts)}. " +
                "GitHub may be degraded (https://www.githubstatus.com); run the job again later."),
            _ => (GitHubErrorKind.Rejected,
                $"GitHub rejected {request.Display} ({status}{said}).{hint}"),
        };
    }

    /// <summary>The message when a rate limit would need a longer wait than allowed, or kept recurring.</summary>
    public static string RateLimited(GitHubRequest request, DateTimeOffset? resetAt, TimeSpan neededWait, DateTimeOffset now, int attempts, GitHubClientOptions options)
    {
        var when = resetAt is { } reset
            ? $"the limit resets at {reset.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z " +
              $"(in {Describe(reset - now)})"
            : $"GitHub asked to wait {Describe(neededWait)}";
        return $"GitHub API rate limit exhausted for {request.Display} after {Attempts(attempts)}; {when}. This tool waits " +
            $"at most {Describe(options.MaxRetryWait)} per retry and {Describe(options.RetryBudget)} in all. Run the job again " +
            "later, reduce API calls, or use a token with a higher limit (a GitHub App installation token rather than a personal token).";
    }

    /// <summary>The message when every attempt timed out.</summary>
    public static string Timeout(GitHubRequest request, TimeSpan timeout, int attempts) =>
        $"GitHub did not answer {request.Display} within {Describe(timeout)} ({Attempts(attempts)}). " +
        "Check network access to the GitHub API host (GITHUB_API_URL) and run the job again.";

    /// <summary>The message when the connection failed on every attempt.</summary>
    public static string Network(GitHubRequest request, int attempts, string reason) =>
        $"Could not reach GitHub for {request.Display} ({Attempts(attempts)}): {Shorten(reason)}. " +
        "Check GITHUB_API_URL and network access from the runner.";

    /// <summary>Replaces every occurrence of the secret in a text with <c>***</c>.</summary>
    public static string Redact(string text, string? secret) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", StringComparison.Ordinal);

    private static string Attempts(int attempts) =>
        attempts == 1 ? "1 attempt" : $"{attempts.ToString(CultureInfo.InvariantCulture)} attempts";

    private static string Describe(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalMinutes >= 2
            ? $"{Math.Ceiling(span.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min"
            : $"{Math.Ceiling(span.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s";
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= MaxGitHubMessageLength ? flat : string.Concat(flat.AsSpan(0, MaxGitHubMessageLength), "…");
    }
}
