namespace Governance.GitHub.Rest;

/// <summary>Why a GitHub API call failed, for callers that react differently to each.</summary>
public enum GitHubErrorKind
{
    /// <summary>401: the token is missing, wrong or expired.</summary>
    Unauthorized,

    /// <summary>403: the token lacks a permission or scope.</summary>
    Forbidden,

    /// <summary>404: the resource does not exist or the token cannot see it.</summary>
    NotFound,

    /// <summary>422 or another 4xx: GitHub rejected the request.</summary>
    Rejected,

    /// <summary>429 or a 403 rate limit that did not clear within the retry budget.</summary>
    RateLimited,

    /// <summary>5xx after all retries.</summary>
    ServerError,

    /// <summary>No response within the per-request timeout after all retries.</summary>
    Timeout,

    /// <summary>The connection failed after all retries.</summary>
    Network,

    /// <summary>The response could not be understood (bad JSON, a pagination link to another host, too many pages).</summary>
    InvalidResponse,
}
