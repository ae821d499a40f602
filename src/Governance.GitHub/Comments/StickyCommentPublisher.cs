using Governance.GitHub.Rest;

namespace Governance.GitHub.Comments;

/// <summary>
/// Keeps one Governance comment per pull request: finds the comment carrying a hidden marker and edits it,
/// or creates it, so re-runs never pile up duplicate comments.
/// </summary>
public sealed class StickyCommentPublisher
{
    /// <summary>The hidden marker that identifies the Governance comment.</summary>
    public const string DefaultMarker = "<!-- governance:sticky -->";

    /// <summary>GitHub's maximum comment length, in characters.</summary>
    public const int MaxBodyLength = 65536;

    private const string TruncatedNote = "\n\n*Comment truncated: see the workflow run's summary for everything.*";
    private readonly IGitHubClient _client;

    /// <summary>Creates a publisher.</summary>
    /// <param name="client">The GitHub API.</param>
    public StickyCommentPublisher(IGitHubClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Creates or updates the marked comment on a pull request (or issue).</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="issueNumber">The pull request number.</param>
    /// <param name="markdown">The comment body; the marker is added at the top when missing.</param>
    /// <param name="marker">A marker other than <see cref="DefaultMarker"/> (e.g. one per policy), or null.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public async Task<StickyCommentResult> PublishAsync(
        RepositoryName repository,
        int issueNumber,
        string markdown,
        string? marker = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        marker ??= DefaultMarker;
        var body = Compose(markdown, marker);
        var comments = await _client.ListIssueCommentsAsync(repository, issueNumber, cancellationToken).ConfigureAwait(false);
        var existing = comments.FirstOrDefault(c => c.Body.Contains(marker, StringComparison.Ordinal));
        if (existing is null)
        {
            var created = await _client.CreateIssueCommentAsync(repository, issueNumber, body, cancellationToken).ConfigureAwait(false);
            return new StickyCommentResult(created.Id, StickyCommentOutcome.Created, created.HtmlUrl);
        }

        if (string.Equals(existing.Body.ReplaceLineEndings("\n"), body, StringComparison.Ordinal))
        {
            return new StickyCommentResult(existing.Id, StickyCommentOutcome.Unchanged, existing.HtmlUrl);
        }

        var updated = await _client.UpdateIssueCommentAsync(repository, existing.Id, body, cancellationToken).ConfigureAwait(false);
        return new StickyCommentResult(updated.Id, StickyCommentOutcome.Updated, updated.HtmlUrl ?? existing.HtmlUrl);
    }

    /// <summary>The body as posted: marker first, LF line endings, cut to GitHub's limit with a note.</summary>
    /// <param name="markdown">The comment text.</param>
    /// <param name="marker">The marker.</param>
    public static string Compose(string markdown, string marker)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentException.ThrowIfNullOrEmpty(marker);
        var text = markdown.ReplaceLineEndings("\n");
        var body = text.Contains(marker, StringComparison.Ordinal) ? text : $"{marker}\n{text}";
        if (body.Length <= MaxBodyLength)
        {
            return body;
        }

        var keep = MaxBodyLength - TruncatedNote.Length;
        if (char.IsHighSurrogate(body[keep - 1]))
        {
            keep--;
        }

        return string.Concat(body.AsSpan(0, keep), TruncatedNote);
    }
}
