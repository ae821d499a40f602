using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.GitHub.Actions;
using Governance.GitHub.Reviews;
using Governance.GitHub.Rest;
using static Governance.GitHub.Events.JsonFields;

namespace Governance.GitHub.Events;

/// <summary>Reads an Actions event payload (<c>GITHUB_EVENT_PATH</c>) into a <see cref="GitHubEvent"/>.</summary>
public static partial class GitHubEventReader
{
    private const string ZeroSha = "0000000000000000000000000000000000000000";

    /// <summary>Reads the event of the current run: <c>GITHUB_EVENT_NAME</c>, <c>GITHUB_EVENT_PATH</c>, <c>GITHUB_SHA</c>.</summary>
    /// <param name="environment">The runner variables.</param>
    public static GitHubEvent Read(GitHubActionsEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var name = environment.EventName ?? throw new GitHubEventException("GITHUB_EVENT_NAME is not set; is this running in GitHub Actions?");
        var path = environment.EventPath ?? throw new GitHubEventException("GITHUB_EVENT_PATH is not set; is this running in GitHub Actions?");
        return Read(name, path, environment.Sha);
    }

    /// <summary>Reads and parses the payload file.</summary>
    /// <param name="eventName">The event name (<c>GITHUB_EVENT_NAME</c>).</param>
    /// <param name="path">The payload file (<c>GITHUB_EVENT_PATH</c>).</param>
    /// <param name="fallbackSha">The commit to use when the payload names none (<c>GITHUB_SHA</c>).</param>
    public static GitHubEvent Read(string eventName, string path, string? fallbackSha = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GitHubEventException($"{path}: cannot read the GitHub event payload (GITHUB_EVENT_PATH): {ex.Message}", ex);
        }

        try
        {
            return Parse(eventName, bytes, fallbackSha);
        }
        catch (GitHubEventException ex)
        {
            throw new GitHubEventException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Parses a payload.</summary>
    /// <param name="eventName">The event name, e.g. <c>pull_request</c>.</param>
    /// <param name="json">The UTF-8 JSON payload.</param>
    /// <param name="fallbackSha">The commit to use when the payload names none.</param>
    public static GitHubEvent Parse(string eventName, ReadOnlySpan<byte> json, string? fallbackSha = null)
    {
        if (string.IsNullOrWhiteSpace(eventName))
        {
            throw new GitHubEventException("the event name (GITHUB_EVENT_NAME) is empty.");
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new GitHubEventException($"the {eventName} event payload is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            return Build(eventName, document.RootElement, string.IsNullOrWhiteSpace(fallbackSha) ? null : fallbackSha);
        }
    }

    private static GitHubEvent Build(string name, JsonElement root, string? fallbackSha)
    {
        var owner = Text(root, "repository", "owner", "login");
        var repoName = Text(root, "repository", "name");
        if (owner is null || repoName is null)
        {
            throw new GitHubEventException($"the {name} event payload has no repository.owner.login / repository.name.");
        }

        var pullRequest = ReadPullRequest(root);
        var deployment = ReadDeployment(root);
        var push = name == "push" ? ReadPush(root) : null;
        var mergeGroup = ReadMergeGroup(root);
        var subject = pullRequest?.HeadSha
            ?? deployment?.Sha
            ?? mergeGroup?.HeadSha
            ?? (push is { Deleted: false } && push.After != ZeroSha ? push.After : null)
            ?? Text(root, "workflow_run", "head_sha")
            ?? fallbackSha;
        return new GitHubEvent
        {
            Name = name,
            Action = Text(root, "action"),
            Repository = new RepositoryName(owner, repoName),
            Sender = Text(root, "sender", "login"),
            SubjectSha = subject,
            Ref = push?.Ref ?? mergeGroup?.HeadRef ?? pullRequest?.HeadRef ?? deployment?.Ref ?? Text(root, "ref"),
            PullRequest = pullRequest,
            Review = ReadReview(root),
            Deployment = deployment,
            ProtectionRule = name == "deployment_protection_rule" ? ReadProtectionRule(root, deployment) : null,
            Push = push,
            MergeGroup = mergeGroup,
            Workflow = Text(root, "workflow") is { } workflow && At(root, "workflow")?.ValueKind == JsonValueKind.String ? workflow : null,
            Inputs = ReadInputs(root),
        };
    }

    private static EventPullRequest? ReadPullRequest(JsonElement root) =>
        At(root, "pull_request") is { } pr && Integer(pr, "number") is { } number && Text(pr, "head", "sha") is { } head
            ? new EventPullRequest((int)number, head, Text(pr, "user", "login") ?? string.Empty, Text(pr, "head", "ref"), Text(pr, "base", "ref"), Text(pr, "state"))
            : null;

    private static EventReview? ReadReview(JsonElement root) =>
        At(root, "review") is { } review && Integer(review, "id") is { } id
            ? new EventReview(id, PullRequestReview.ParseState(Text(review, "state")), Text(review, "user", "login") ?? string.Empty, Text(review, "commit_id"))
            : null;

    private static EventDeployment? ReadDeployment(JsonElement root) =>
        At(root, "deployment") is { } d && Text(d, "sha") is { } sha
            ? new EventDeployment(Integer(d, "id") ?? 0, sha, Text(d, "environment") ?? Text(root, "environment") ?? string.Empty, Text(d, "creator", "login"), Text(d, "ref"))
            : null;

    private static EventPush ReadPush(JsonElement root) => new(
        Text(root, "ref") ?? string.Empty, Text(root, "before") ?? ZeroSha, Text(root, "after") ?? ZeroSha, Flag(root, "deleted"));

    private static EventMergeGroup? ReadMergeGroup(JsonElement root) =>
        At(root, "merge_group") is { } g && Text(g, "head_sha") is { } head
            ? new EventMergeGroup(head, Text(g, "head_ref") ?? string.Empty, Text(g, "base_sha") ?? string.Empty, Text(g, "base_ref") ?? string.Empty, QueuedPullRequest(Text(g, "head_ref")))
            : null;

    private static int? QueuedPullRequest(string? headRef) =>
        headRef is not null && QueueBranchPattern().Match(headRef) is { Success: true } m
        && int.TryParse(m.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    private static EventProtectionRule ReadProtectionRule(JsonElement root, EventDeployment? deployment)
    {
        var callback = Text(root, "deployment_callback_url")
            ?? throw new GitHubEventException("the deployment_protection_rule payload has no deployment_callback_url.");
        var match = RunIdPattern().Match(callback);
        var numbers = new List<int>();
        if (At(root, "pull_requests") is { ValueKind: JsonValueKind.Array } prs)
        {
            numbers.AddRange(prs.EnumerateArray().Select(p => Integer(p, "number")).OfType<long>().Select(n => (int)n));
        }

        return new EventProtectionRule(
            Text(root, "environment") ?? deployment?.Environment ?? string.Empty,
            callback,
            match.Success ? long.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : null,
            Text(root, "event"),
            numbers);
    }

    private static Dictionary<string, string> ReadInputs(JsonElement root)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (At(root, "inputs") is { ValueKind: JsonValueKind.Object } element)
        {
            foreach (var property in element.EnumerateObject())
            {
                inputs[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return inputs;
    }

    [GeneratedRegex(@"gh-readonly-queue/.+/pr-(\d+)-[0-9a-f]+$", RegexOptions.CultureInvariant)]
    private static partial Regex QueueBranchPattern();

    [GeneratedRegex(@"/actions/runs/(\d+)/deployment_protection_rule/?$", RegexOptions.CultureInvariant)]
    private static partial Regex RunIdPattern();
}
