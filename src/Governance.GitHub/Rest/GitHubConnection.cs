using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Governance.GitHub.Rest;

/// <summary>
/// Sends requests to the GitHub API with the standard headers, retries rate limits, server errors and
/// timeouts within a bounded budget, and turns final failures into
/// <see cref="GitHubApiException"/>.
/// </summary>
internal sealed class GitHubConnection
{
    private static readonly MediaTypeWithQualityHeaderValue GitHubJson = new("application/vnd.github+json");
    private readonly HttpClient _http;
    private readonly GitHubClientOptions _options;
    private readonly TimeProvider _time;
    private readonly Uri _apiRoot;

    public GitHubConnection(HttpClient http, GitHubClientOptions options, TimeProvider time)
    {
        _http = http;
        _options = options;
        _time = time;
        var root = options.ApiUrl.AbsoluteUri;
        _apiRoot = new Uri(root.EndsWith('/') ? root : root + "/", UriKind.Absolute);
    }

    /// <summary>An absolute URI for a path relative to the API root (GHES prefixes like <c>/api/v3</c> kept).</summary>
    public Uri Resolve(string relativePath) => new(_apiRoot, relativePath.TrimStart('/'));

    /// <summary>Sends and deserializes a JSON response.</summary>
    public async Task<T> SendAsync<T>(GitHubRequest request, JsonTypeInfo<T> type, CancellationToken ct)
    {
        var response = await SendAsync(request, allowedStatus: null, ct).ConfigureAwait(false);
        return Deserialize(request, response.Body, type);
    }

    /// <summary>
    /// Sends one request with retries. Returns the response on success or when its status is
    /// <paramref name="allowedStatus"/>; throws <see cref="GitHubApiException"/> otherwise.
    /// </summary>
    public async Task<GitHubResponse> SendAsync(GitHubRequest request, int? allowedStatus, CancellationToken ct)
    {
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await TryOnceAsync(request, attempt, ct).ConfigureAwait(false);
            if (outcome.Response is { } ok && (ok.StatusCode is >= 200 and < 300 || ok.StatusCode == allowedStatus))
            {
                return ok;
            }

            var failure = outcome.Failure!;
            var wait = failure.RetryAfter;
            var canRetry = wait is not null && attempt < _options.MaxAttempts
                && wait.Value <= _options.MaxRetryWait && waited + wait.Value <= _options.RetryBudget;
            if (!canRetry)
            {
                throw Final(request, failure, attempt);
            }

            await Task.Delay(wait!.Value, _time, ct).ConfigureAwait(false);
            waited += wait.Value;
        }
    }

    private async Task<AttemptOutcome> TryOnceAsync(GitHubRequest request, int attempt, CancellationToken ct)
    {
        using var message = BuildMessage(request);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                return new AttemptOutcome(new GitHubResponse(status, body, LinkHeader.FindNext(response.Headers)), null);
            }

            return new AttemptOutcome(new GitHubResponse(status, body, null), Classify(request, status, response.Headers, body, attempt));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new AttemptOutcome(null, new AttemptFailure(
                GitHubErrorKind.Timeout, null, null, Backoff(request, attempt), null, null, null));
        }
        catch (HttpRequestException ex)
        {
            return new AttemptOutcome(null, new AttemptFailure(
                GitHubErrorKind.Network, null, null, Backoff(request, attempt), null, null, ex));
        }
    }

    private AttemptFailure Classify(GitHubRequest request, int status, HttpResponseHeaders headers, byte[] body, int attempt)
    {
        var gitHubMessage = ReadErrorMessage(body);
        if (RetryAdvisor.IsRateLimited(status, headers, gitHubMessage))
        {
            var wait = RetryAdvisor.RateLimitWait(headers, _time.GetUtcNow(), _options.MaxRetryWait);
            return new AttemptFailure(GitHubErrorKind.RateLimited, status, gitHubMessage, wait, wait, RetryAdvisor.ResetAt(headers), null);
        }

        var retry = RetryAdvisor.IsTransientServerError(status) ? Backoff(request, attempt) : null;
        return new AttemptFailure(GitHubErrorKind.Rejected, status, gitHubMessage, retry, null, null, null);
    }

    private TimeSpan? Backoff(GitHubRequest request, int attempt) =>
        request.Idempotent ? RetryAdvisor.Backoff(attempt, _options.InitialBackoff, _options.MaxRetryWait) : null;

    private GitHubApiException Final(GitHubRequest request, AttemptFailure failure, int attempts)
    {
        var (kind, message) = failure.Kind switch
        {
            GitHubErrorKind.RateLimited => (GitHubErrorKind.RateLimited, GitHubErrorMessages.RateLimited(
                request, failure.ResetAt, failure.NeededWait ?? TimeSpan.Zero, _time.GetUtcNow(), attempts, _options)),
            GitHubErrorKind.Timeout => (GitHubErrorKind.Timeout, GitHubErrorMessages.Timeout(request, _options.RequestTimeout, attempts)),
            GitHubErrorKind.Network => (GitHubErrorKind.Network, GitHubErrorMessages.Network(
                request, attempts, failure.Exception?.Message ?? "connection failed")),
            _ => GitHubErrorMessages.ForStatus(request, failure.Status ?? 0, failure.GitHubMessage, attempts),
        };
        return new GitHubApiException(kind, failure.Status, request.Display, GitHubErrorMessages.Redact(message, _options.Token), failure.Exception);
    }

    private HttpRequestMessage BuildMessage(GitHubRequest request)
    {
        var message = new HttpRequestMessage(request.Method, request.Uri);
        message.Headers.Accept.Add(GitHubJson);
        message.Headers.TryAddWithoutValidation("X-GitHub-Api-Version", "2022-11-28");
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        if (_options.Token is { } token)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (request.JsonBody is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return message;
    }

    /// <summary>True when the URI is on the API host and under the API root path (safe to send the token to).</summary>
    public bool IsUnderApiRoot(Uri uri) =>
        Uri.Compare(uri, _apiRoot, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
        && uri.AbsolutePath.StartsWith(_apiRoot.AbsolutePath, StringComparison.Ordinal);

    /// <summary>Deserializes a body, or throws <see cref="GitHubApiException"/> naming the request.</summary>
    public T Deserialize<T>(GitHubRequest request, byte[] body, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw Invalid(request, "the response body was JSON null.");
        }
        catch (JsonException ex)
        {
            throw Invalid(request, $"the response is not the JSON this tool expects ({ex.Message}).");
        }
    }

    /// <summary>An <see cref="GitHubErrorKind.InvalidResponse"/> failure for a request.</summary>
    public GitHubApiException Invalid(GitHubRequest request, string why) =>
        new(GitHubErrorKind.InvalidResponse, null, request.Display,
            GitHubErrorMessages.Redact($"Unexpected answer from GitHub for {request.Display}: {why}", _options.Token));

    private static string? ReadErrorMessage(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, GitHubJsonContext.Default.ErrorWire)?.Message;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record AttemptOutcome(GitHubResponse? Response, AttemptFailure? Failure);

    private sealed record AttemptFailure(
        GitHubErrorKind Kind,
        int? Status,
        string? GitHubMessage,
        TimeSpan? RetryAfter,
        TimeSpan? NeededWait,
        DateTimeOffset? ResetAt,
        Exception? Exception);
}
