using Governance.GitHub.Actions;

namespace Governance.GitHub.Evidence;

/// <summary>What <see cref="GitHubEvidenceSource"/> needs from its host.</summary>
/// <param name="Mode">Why the check asks GitHub.</param>
/// <param name="Variable">The runner variables (<c>GITHUB_EVENT_PATH</c>, tokens, <c>GITHUB_API_URL</c>); null when unset or empty.</param>
/// <param name="Log">Where the Actions log group of counted and ignored reviews goes (standard output on a runner).</param>
/// <param name="Time">The clock for retries and rate limits.</param>
public sealed record GitHubEvidenceSettings(GitHubEvidenceMode Mode, Func<string, string?> Variable, TextWriter Log, TimeProvider Time)
{
    /// <summary>
    /// The author names (name and e-mail) of a commit in the host's checkout, or none when it lacks the commit; used to
    /// fail closed when no pull request names the author. Null: only the event's sender stands for the author.
    /// </summary>
    public Func<string, CancellationToken, Task<IReadOnlyList<string>>>? CommitAuthors { get; init; }

    /// <summary>Receives warnings (no event, no token) when the mode lets the check go on without GitHub's evidence.</summary>
    public Action<string> Warn { get; init; } = _ => { };

    /// <summary>The runner variables as the Actions environment.</summary>
    public GitHubActionsEnvironment Environment => new(Variable);
}
