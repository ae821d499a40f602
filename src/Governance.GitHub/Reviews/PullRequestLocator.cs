using Governance.GitHub.Rest;

namespace Governance.GitHub.Reviews;

/// <summary>Finds the pull request whose reviews govern a commit.</summary>
internal static class PullRequestLocator
{
    /// <summary>
    /// The event's PR when it names one (fetched unless head and author are known); otherwise the PR associated with the commit: one merged as that
    /// commit (merge or squash), else one whose head is that commit, else the only (or latest merged) candidate.
    /// </summary>
    public static async Task<PullRequestSummary?> FindAsync(IGitHubClient client, ApprovalRequest request, List<string> notes, CancellationToken ct)
    {
        if (request.PullRequestNumber is { } number)
        {
            return request.PullRequestHeadSha is { } head && request.PullRequestAuthor is { } author
                ? new PullRequestSummary(number, "unknown", head, author, null, null, null)
                : await client.GetPullRequestAsync(request.Repository, number, ct).ConfigureAwait(false);
        }

        var candidates = await client.ListPullRequestsForCommitAsync(request.Repository, request.SubjectSha, ct).ConfigureAwait(false);
        var sha = request.SubjectSha;
        var chosen = candidates.FirstOrDefault(p => p.MergedAt is not null && Same(p.MergeCommitSha, sha))
            ?? candidates.Where(p => Same(p.HeadSha, sha)).OrderBy(p => p.State == "open" ? 0 : 1).FirstOrDefault()
            ?? (candidates.Count == 1 ? candidates[0] : null)
            ?? candidates.Where(p => p.MergedAt is not null).OrderByDescending(p => p.MergedAt).FirstOrDefault();
        if (chosen is null)
        {
            notes.Add($"No pull request is associated with commit {Short(sha)}, so it has no pull-request reviews.");
        }
        else if (candidates.Count > 1)
        {
            notes.Add($"Commit {Short(sha)} belongs to {candidates.Count} pull requests; reviews are taken from #{chosen.Number}.");
        }

        return chosen;
    }

    /// <summary>The first 7 characters of a commit id.</summary>
    public static string Short(string sha) => sha.Length > 7 ? sha[..7] : sha;

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
