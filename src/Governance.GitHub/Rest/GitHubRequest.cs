namespace Governance.GitHub.Rest;

/// <summary>One logical API request: what to send, and what to tell the user when it is refused.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Uri">The absolute request URI (already under the API root).</param>
/// <param name="JsonBody">The UTF-8 JSON body, or null.</param>
/// <param name="Hint">What permission or scope the call needs, appended to 403/404 messages.</param>
internal sealed record GitHubRequest(HttpMethod Method, Uri Uri, byte[]? JsonBody, string? Hint)
{
    /// <summary>The method and path without host or query, e.g. <c>GET /repos/o/r/pulls/1/reviews</c>.</summary>
    public string Display => $"{Method.Method} {Uri.AbsolutePath}";

    /// <summary>
    /// Whether repeating the request after a server error or timeout is harmless. Rate-limited requests are
    /// always retried (GitHub did not process them); a comment creation is not retried otherwise, to avoid duplicates.
    /// </summary>
    public bool Idempotent { get; init; } = Method != HttpMethod.Post;
}
