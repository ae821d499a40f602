namespace Governance.GitHub.Rest;

/// <summary>A final (non-retried) response: status, body, and the <c>Link: rel="next"</c> target if any.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The response body bytes.</param>
/// <param name="NextPage">The next page, from the <c>Link</c> header.</param>
internal sealed record GitHubResponse(int StatusCode, byte[] Body, Uri? NextPage);
