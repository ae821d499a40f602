using System.Globalization;

namespace Governance.GitHub.Tests.Support;

/// <summary>Small GitHub REST response bodies for the fake server.</summary>
internal static class Payloads
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static string Review(long id, string login, string state, string commit, int minutesAfterT0 = 0) =>
        $$"""
        {"id":{{id}},"node_id":"PRR_{{id}}","user":{"login":"{{login}}","id":{{id + 1000}},"type":"User"},
         "body":"","state":"{{state}}","commit_id":"{{commit}}",
         "submitted_at":"{{T0.AddMinutes(minutesAfterT0).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}",
         "html_url":"https://github.com/o/r/pull/7#pullrequestreview-{{id}}","author_association":"MEMBER"}
        """;

    public static string Array(params string[] items) => "[" + string.Join(",", items) + "]";

    public static string PullRequest(int number, string headSha, string author, string state = "closed", string? mergeCommit = null) =>
        $$"""
        {"number":{{number}},"state":"{{state}}","user":{"login":"{{author}}"},
         "head":{"sha":"{{headSha}}","ref":"feature"},"base":{"sha":"0000","ref":"main"},
         "merge_commit_sha":{{(mergeCommit is null ? "null" : $"\"{mergeCommit}\"")}},
         "merged_at":{{(mergeCommit is null ? "null" : "\"2025-03-02T00:00:00Z\"")}},
         "html_url":"https://github.com/o/r/pull/{{number}}"}
        """;

    public static string Membership(string state) =>
        $$"""
        {"url":"https://api.github.com/teams/1/memberships/x","role":"member","state":"{{state}}"}
        """;

    public static string Comment(long id, string body, string login = "github-actions[bot]") =>
        $$"""
        {"id":{{id}},"body":{{System.Text.Json.JsonSerializer.Serialize(body)}},"html_url":"https://github.com/o/r/pull/7#issuecomment-{{id}}","user":{"login":"{{login}}"} }
        """;
}
