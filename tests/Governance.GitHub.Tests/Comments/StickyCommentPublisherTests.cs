using System.Text.Json;
using Governance.GitHub.Comments;
using Governance.GitHub.Rest;
using Governance.GitHub.Tests.Support;
using Governance.Testing.GitHub;

namespace Governance.GitHub.Tests.Comments;

public sealed class StickyCommentPublisherTests
{
    private const string CommentsPath = "/repos/octo-org/models/issues/7/comments";
    private static readonly RepositoryName Repo = new("octo-org", "models");

    /// <summary>A tiny stateful comment store behind the fake API.</summary>
    private static void ServeComments(FakeGitHubServer server, List<(long Id, string Body)> store)
    {
        server.On("GET", CommentsPath, _ => FakeResponse.Json(Payloads.Array([.. store.Select(c => Payloads.Comment(c.Id, c.Body))])));
        server.On("POST", CommentsPath, request =>
        {
            var body = JsonDocument.Parse(request.Body).RootElement.GetProperty("body").GetString()!;
            store.Add((store.Count + 500, body));
            return FakeResponse.Json(Payloads.Comment(store[^1].Id, body), 201);
        });
        for (var id = 500; id < 510; id++)
        {
            var commentId = id;
            server.On("PATCH", $"/repos/octo-org/models/issues/comments/{commentId}", request =>
            {
                var body = JsonDocument.Parse(request.Body).RootElement.GetProperty("body").GetString()!;
                var index = store.FindIndex(c => c.Id == commentId);
                store[index] = (commentId, body);
                return FakeResponse.Json(Payloads.Comment(commentId, body));
            });
        }
    }

    [Fact]
    public async Task PublishAsync_FirstThenSecondRun_CreatesThenUpdatesTheSameComment()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        var store = new List<(long Id, string Body)> { (400, "LGTM"), };
        ServeComments(server, store);
        using var client = new TestClient(server);
        var publisher = new StickyCommentPublisher(client.Client);

        var first = await publisher.PublishAsync(Repo, 7, "**deny**: 1 of 2 approvals");
        store.Insert(1, (401, "another human comment"));
        var second = await publisher.PublishAsync(Repo, 7, "**allow**: 2 of 2 approvals");

        Assert.Equal(StickyCommentOutcome.Created, first.Outcome);
        Assert.Equal(StickyCommentOutcome.Updated, second.Outcome);
        Assert.Equal(first.CommentId, second.CommentId);
        Assert.Single(store, c => c.Body.Contains(StickyCommentPublisher.DefaultMarker, StringComparison.Ordinal));
        Assert.Equal($"{StickyCommentPublisher.DefaultMarker}\n**allow**: 2 of 2 approvals", store.Single(c => c.Id == first.CommentId).Body);
        Assert.Single(server.RequestsTo("POST", CommentsPath));
    }

    [Fact]
    public async Task PublishAsync_SameBodyAgain_SendsNoEdit()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        var store = new List<(long Id, string Body)>();
        ServeComments(server, store);
        using var client = new TestClient(server);
        var publisher = new StickyCommentPublisher(client.Client);

        await publisher.PublishAsync(Repo, 7, "same");
        var again = await publisher.PublishAsync(Repo, 7, "same");

        Assert.Equal(StickyCommentOutcome.Unchanged, again.Outcome);
        Assert.DoesNotContain(server.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task PublishAsync_MarkerOnSecondPage_FindsItAcrossPages()
    {
        await using var server = await FakeGitHubServer.StartAsync();
        server.On("GET", CommentsPath, request => request.Query.Contains("page=2")
            ? FakeResponse.Json(Payloads.Array(Payloads.Comment(501, StickyCommentPublisher.DefaultMarker + "\nold")))
            : FakeResponse.Json(Payloads.Array(Payloads.Comment(400, "hello")))
                .WithHeader("Link", $"<{server.BaseUrl}repos/octo-org/models/issues/7/comments?page=2>; rel=\"next\""));
        server.On("PATCH", "/repos/octo-org/models/issues/comments/501", FakeResponse.Json(Payloads.Comment(501, "x")));
        using var client = new TestClient(server);

        var result = await new StickyCommentPublisher(client.Client).PublishAsync(Repo, 7, "new");

        Assert.Equal(StickyCommentOutcome.Updated, result.Outcome);
        Assert.Equal(501, result.CommentId);
    }

    [Fact]
    public void Compose_HugeBody_CutsToGitHubLimitWithNote()
    {
        var body = StickyCommentPublisher.Compose(new string('x', 70000), StickyCommentPublisher.DefaultMarker);

        Assert.Equal(StickyCommentPublisher.MaxBodyLength, body.Length);
        Assert.StartsWith(StickyCommentPublisher.DefaultMarker, body, StringComparison.Ordinal);
        Assert.EndsWith("summary for everything.*", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MarkerAlreadyInBody_NotAddedTwice()
    {
        var body = StickyCommentPublisher.Compose("<!-- m -->\r\nhi", "<!-- m -->");

        Assert.Equal("<!-- m -->\nhi", body);
    }
}
