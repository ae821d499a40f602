using System.Collections.Immutable;

namespace Governance.Testing.GitHub;

/// <summary>A scripted response of the fake GitHub server.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body (JSON unless a Content-Type header says otherwise).</param>
/// <param name="Headers">Extra response headers.</param>
/// <param name="Delay">How long to wait before answering (to provoke timeouts).</param>
public sealed record FakeResponse(int Status, string Body, ImmutableDictionary<string, string> Headers, TimeSpan Delay)
{
    /// <summary>A JSON response.</summary>
    public static FakeResponse Json(string json, int status = 200) =>
        new(status, json, ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase), TimeSpan.Zero);

    /// <summary>An error response with GitHub's <c>{"message": …}</c> body.</summary>
    public static FakeResponse Error(int status, string message) =>
        Json($"{{\"message\":{System.Text.Json.JsonSerializer.Serialize(message)},\"documentation_url\":\"https://docs.github.com/rest\"}}", status);

    /// <summary>A 429 asking to retry after the given seconds.</summary>
    public static FakeResponse TooManyRequests(int retryAfterSeconds) =>
        Error(429, "You have exceeded a secondary rate limit.").WithHeader("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>This response with one more header.</summary>
    public FakeResponse WithHeader(string name, string value) => this with { Headers = Headers.SetItem(name, value) };

    /// <summary>This response after a delay.</summary>
    public FakeResponse After(TimeSpan delay) => this with { Delay = delay };
}
