using Governance.GitHub.Events;
using Governance.GitHub.Rest;
using Governance.GitHub.Teams;

namespace Governance.GitHub.Reviews;

/// <summary>What approvals to collect: for which commit, from whom, and who never counts.</summary>
public sealed record ApprovalRequest
{
    /// <summary>The repository.</summary>
    public required RepositoryName Repository { get; init; }

    /// <summary>The subject commit: the PR head, or the deployed commit.</summary>
    public required string SubjectSha { get; init; }

    /// <summary>The pull request, when the event names it; otherwise it is looked up from <see cref="SubjectSha"/>.</summary>
    public int? PullRequestNumber { get; init; }

    /// <summary>The pull request head, when the event names it (otherwise the PR is fetched).</summary>
    public string? PullRequestHeadSha { get; init; }

    /// <summary>The pull request author, when the event names it.</summary>
    public string? PullRequestAuthor { get; init; }

    /// <summary>Who runs the deployment (<c>GITHUB_ACTOR</c>, the deployment creator); never counts by default.</summary>
    public IReadOnlyList<string> Deployers { get; init; } = [];

    /// <summary>Teams whose active members may approve. With <see cref="Users"/> empty too, anyone may approve.</summary>
    public IReadOnlyList<TeamName> Teams { get; init; } = [];

    /// <summary>Users who may approve regardless of teams.</summary>
    public IReadOnlyList<string> Users { get; init; } = [];

    /// <summary>Count approvals given on older commits of the pull request (default false: they are stale).</summary>
    public bool AllowStale { get; init; }

    /// <summary>Ignore the pull request author's approval (policy <c>distinctFromAuthor</c>, default true).</summary>
    public bool ExcludeAuthor { get; init; } = true;

    /// <summary>Ignore the deployer's approval (policy <c>distinctFromDeployer</c>, default true).</summary>
    public bool ExcludeDeployer { get; init; } = true;

    /// <summary>
    /// A request for the event's subject: its PR (from the payload, or the merge queue's branch name), its
    /// commit, and as deployers the actor and the deployment creator.
    /// </summary>
    /// <param name="gitHubEvent">The parsed event.</param>
    /// <param name="actor">The <c>GITHUB_ACTOR</c>, if known.</param>
    public static ApprovalRequest ForEvent(GitHubEvent gitHubEvent, string? actor)
    {
        ArgumentNullException.ThrowIfNull(gitHubEvent);
        var sha = gitHubEvent.SubjectSha
            ?? throw new GitHubEventException($"the {gitHubEvent.Name} event names no commit, and GITHUB_SHA is not set.");
        string?[] deployers = [actor, gitHubEvent.Deployment?.Creator];
        return new ApprovalRequest
        {
            Repository = gitHubEvent.Repository,
            SubjectSha = sha,
            PullRequestNumber = gitHubEvent.PullRequest?.Number ?? gitHubEvent.MergeGroup?.PullRequestNumber,
            PullRequestHeadSha = gitHubEvent.PullRequest?.HeadSha,
            PullRequestAuthor = gitHubEvent.PullRequest?.Author,
            Deployers = deployers.OfType<string>().Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        };
    }
}
