namespace Governance.GitHub.Rest;

/// <summary>
/// A GitHub API call failed for good (after any retries). The message says what to do about it and never
/// contains the token.
/// </summary>
public sealed class GitHubApiException : Exception
{
    /// <summary>Creates an exception without details (for serializers and tests).</summary>
    public GitHubApiException()
        : this("The GitHub API call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed and what to do.</param>
    public GitHubApiException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What failed and what to do.</param>
    /// <param name="innerException">The underlying failure.</param>
    public GitHubApiException(string message, Exception? innerException)
        : this(GitHubErrorKind.InvalidResponse, statusCode: null, request: null, message, innerException)
    {
    }

    /// <summary>Creates an exception with every detail.</summary>
    /// <param name="kind">The failure class.</param>
    /// <param name="statusCode">The final HTTP status, if a response arrived.</param>
    /// <param name="request">The method and path, e.g. <c>GET /repos/o/r/pulls/1/reviews</c>.</param>
    /// <param name="message">What failed and what to do.</param>
    /// <param name="innerException">The underlying failure.</param>
    public GitHubApiException(GitHubErrorKind kind, int? statusCode, string? request, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        Request = request;
    }

    /// <summary>The failure class.</summary>
    public GitHubErrorKind Kind { get; }

    /// <summary>The final HTTP status code, or null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The method and path that failed (no query string, no host).</summary>
    public string? Request { get; }
}
