using Governance.GitHub.Rest;
using Governance.Testing.GitHub;

namespace Governance.GitHub.Tests.Support;

/// <summary>Builds a client aimed at a fake server, with a recognisable secret token.</summary>
internal sealed class TestClient : IDisposable
{
    public const string Token = "ghs_TOPSECRET0123456789abcdefTOKEN";

    private readonly HttpClient _http = new();

    public TestClient(FakeGitHubServer server, TimeProvider? time = null, Func<GitHubClientOptions, GitHubClientOptions>? configure = null)
    {
        var options = new GitHubClientOptions
        {
            ApiUrl = server.BaseUrl,
            Token = Token,
            UserAgent = "governance-tests",
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        Options = configure is null ? options : configure(options);
        Time = time ?? new AutoAdvancingTimeProvider();
        Client = new GitHubRestClient(_http, Options, Time);
    }

    public GitHubClientOptions Options { get; }

    public TimeProvider Time { get; }

    public GitHubRestClient Client { get; }

    public void Dispose() => _http.Dispose();
}
