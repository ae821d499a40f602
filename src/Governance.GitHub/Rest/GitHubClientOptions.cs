namespace Governance.GitHub.Rest;

/// <summary>
/// Settings of <see cref="GitHubRestClient"/>: where the API is, the token, and how patient to be.
/// <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class GitHubClientOptions
{
    /// <summary>The public API root used when <c>GITHUB_API_URL</c> is not set.</summary>
    public static readonly Uri DefaultApiUrl = new("https://api.github.com/");

    /// <summary>The API root, e.g. <c>https://api.github.com</c> or <c>https://ghe.example/api/v3</c> on GHES.</summary>
    public Uri ApiUrl { get; init; } = DefaultApiUrl;

    /// <summary>The token sent as <c>Authorization: Bearer</c>; null sends no Authorization header.</summary>
    public string? Token { get; init; }

    /// <summary>The <c>User-Agent</c> header GitHub requires.</summary>
    public string UserAgent { get; init; } = "governance-cli";

    /// <summary>How long one HTTP attempt may take before it is abandoned (wall clock).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many attempts a request gets in all (first try included).</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The longest single wait before a retry; a rate limit that resets later fails at once.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The most time spent waiting between retries of one request, in total.</summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The first back-off after a server error or timeout; it doubles on each retry.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The most pages one listing may follow before it is refused as runaway.</summary>
    public int MaxPages { get; init; } = 100;

    /// <summary>
    /// Builds options from the values Actions provides: <c>GITHUB_API_URL</c> (blank means github.com) and a token.
    /// </summary>
    /// <param name="apiUrl">The value of <c>GITHUB_API_URL</c>, or null.</param>
    /// <param name="token">The token, or null for anonymous requests.</param>
    public static GitHubClientOptions Create(string? apiUrl, string? token) => new()
    {
        ApiUrl = string.IsNullOrWhiteSpace(apiUrl) ? DefaultApiUrl : new Uri(apiUrl.Trim(), UriKind.Absolute),
        Token = string.IsNullOrEmpty(token) ? null : token,
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"GitHubClientOptions {{ ApiUrl = {ApiUrl}, Token = {(Token is null ? "(none)" : "***")}, " +
        $"RequestTimeout = {RequestTimeout}, MaxAttempts = {MaxAttempts} }}";
}
