using Governance.GitHub.Reviews;
using Governance.GitHub.Rest;
using Governance.GitHub.Teams;
using Governance.GitHub.Tests.Support;
using Governance.Testing.GitHub;

namespace Governance.GitHub.Tests.Reviews;

/// <summary>A pull request with reviews and team memberships served by the fake GitHub API.</summary>
internal sealed class ApprovalScenario : IAsyncDisposable
{
    public const string Head = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string Old = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    public const string Merge = "cccccccccccccccccccccccccccccccccccccccc";
    public static readonly RepositoryName Repo = new("octo-org", "models");
    public static readonly TeamName GovTeam = new("octo-org", "ml-governance");
    public static readonly TeamName Risk = new("octo-org", "risk");

    private readonly List<string> _reviews = [];
    private TestClient? _client;

    private ApprovalScenario(FakeGitHubServer server) => Server = server;

    public FakeGitHubServer Server { get; }

    public static async Task<ApprovalScenario> StartAsync()
    {
        var scenario = new ApprovalScenario(await FakeGitHubServer.StartAsync());
        scenario.Server.On("GET", "/repos/octo-org/models/pulls/7/reviews", _ => FakeResponse.Json(Payloads.Array([.. scenario._reviews])));
        foreach (var team in new[] { GovTeam, Risk })
        {
            scenario.Server.OnGetJson($"/orgs/{team.Organization}/teams/{team.Slug}", $$"""{"id":1,"slug":"{{team.Slug}}"}""");
        }

        return scenario;
    }

    public ApprovalScenario Review(string login, string state, string commit = Head)
    {
        _reviews.Add(Payloads.Review(_reviews.Count + 100, login, state, commit, minutesAfterT0: _reviews.Count));
        return this;
    }

    public ApprovalScenario Member(TeamName team, string login, string state = "active")
    {
        Server.OnGetJson($"/orgs/{team.Organization}/teams/{team.Slug}/memberships/{login}", Payloads.Membership(state));
        return this;
    }

    public ApprovalRequest Request(params TeamName[] teams) => new()
    {
        Repository = Repo,
        SubjectSha = Head,
        PullRequestNumber = 7,
        PullRequestHeadSha = Head,
        PullRequestAuthor = "carol",
        Deployers = ["dave"],
        Teams = teams.Length == 0 ? [GovTeam] : teams,
    };

    public ApprovalCollector Collector()
    {
        _client ??= new TestClient(Server);
        return new ApprovalCollector(_client.Client);
    }

    public Task<ApprovalFacts> CollectAsync(ApprovalRequest? request = null) => Collector().CollectAsync(request ?? Request());

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await Server.DisposeAsync();
    }
}
