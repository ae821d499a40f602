namespace Governance.Testing.GitHub;

/// <summary>A request the fake GitHub server received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path with the server's prefix removed, e.g. <c>/repos/o/r/pulls/1/reviews</c>.</param>
/// <param name="Query">The query string including <c>?</c>, or empty.</param>
/// <param name="Headers">Request headers (first value of each, names case-insensitive).</param>
/// <param name="Body">The request body as UTF-8 text.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
