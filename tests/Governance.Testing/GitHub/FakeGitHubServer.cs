using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Governance.Testing.GitHub;

/// <summary>
/// A GitHub API stand-in on <c>http://127.0.0.1:&lt;free port&gt;</c> (Kestrel). Tests register routes (exact
/// method + path, query ignored) with a handler or a script of responses (the last one repeats), then
/// inspect <see cref="Requests"/>. Unknown routes answer 404. An optional path prefix imitates GHES
/// (<c>/api/v3</c>); requests outside it answer 404.
/// </summary>
public sealed class FakeGitHubServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<RecordedRequest, FakeResponse>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly string _prefix;
    private WebApplication? _app;

    private FakeGitHubServer(string prefix) => _prefix = prefix.TrimEnd('/');

    /// <summary>The API root to give the client, e.g. <c>http://127.0.0.1:41234/api/v3/</c>.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Starts a server on a free loopback port.</summary>
    /// <param name="pathPrefix">A path prefix such as <c>/api/v3</c> (GHES), or empty.</param>
    public static async Task<FakeGitHubServer> StartAsync(string pathPrefix = "")
    {
        var server = new FakeGitHubServer(pathPrefix);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri($"{address.TrimEnd('/')}{server._prefix}/");
        server._app = app;
        return server;
    }

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a handler.</summary>
    public void On(string method, string path, Func<RecordedRequest, FakeResponse> handler) =>
        _routes[Key(method, path)] = handler;

    /// <summary>Answers with the scripted responses in turn; the last one repeats.</summary>
    public void On(string method, string path, params FakeResponse[] script)
    {
        ArgumentOutOfRangeException.ThrowIfZero(script.Length);
        var next = -1;
        On(method, path, _ => script[Math.Min(Interlocked.Increment(ref next), script.Length - 1)]);
    }

    /// <summary>Answers a GET with a JSON body and status 200.</summary>
    public void OnGetJson(string path, string json) => On("GET", path, FakeResponse.Json(json));

    /// <summary>The requests received for one method and path.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) =>
        Requests.Where(r => r.Method == method && r.Path == path).ToList();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context).ConfigureAwait(false);
        _requests.Enqueue(request);
        var fullPath = context.Request.Path.Value ?? "/";
        var response = !fullPath.StartsWith(_prefix + "/", StringComparison.Ordinal)
            ? FakeResponse.Error(404, $"fake: {fullPath} is outside the API prefix '{_prefix}'")
            : _routes.TryGetValue(Key(request.Method, request.Path), out var handler)
                ? handler(request)
                : FakeResponse.Error(404, $"Not Found (fake: no route for {request.Method} {request.Path})");
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var path = context.Request.Path.Value ?? "/";
        if (_prefix.Length > 0 && path.StartsWith(_prefix + "/", StringComparison.Ordinal))
        {
            path = path[_prefix.Length..];
        }

        return new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty, headers, body);
    }

    private static string Key(string method, string path) => $"{method.ToUpperInvariant()} {path}";
}
