using Governance.Core.Evidence;
using Governance.GitHub.Actions;
using Governance.GitHub.Events;
using Governance.GitHub.Rest;
using Governance.GitHub.Reviews;

namespace Governance.GitHub.Evidence;

/// <summary>
/// Pull-request approvals from GitHub as evidence (DESIGN §3, §4): the event's PR, or the PR that brought the
/// deployed commit in; the author and the deployer excluded; team membership verified per reviewer. Its side result
/// (<see cref="GitHubRun"/>) travels as a value: <see cref="CollectRunAsync"/>, or the batch's state.
/// </summary>
public sealed class GitHubEvidenceSource : IEvidenceSource
{
    private readonly GitHubEvidenceSettings _settings;

    /// <summary>Creates the source.</summary>
    /// <param name="settings">The mode and what the host provides.</param>
    public GitHubEvidenceSource(GitHubEvidenceSettings settings) => _settings = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <inheritdoc />
    public async Task<EvidenceBatch> CollectAsync(EvidenceRequest request, CancellationToken cancellationToken)
    {
        var result = await CollectRunAsync(request, cancellationToken).ConfigureAwait(false);
        return new EvidenceBatch(EvidenceSource.GitHub, result.Evidence) { State = result.Run };
    }

    /// <summary>
    /// The GitHub evidence for a check, or none when the run is not on GitHub or there is no token and the mode allows
    /// that (a warning says so; missing approvals then deny). Throws <see cref="GitHubSetupException"/>,
    /// <see cref="GitHubEventException"/> or <see cref="GitHubApiException"/> when GitHub cannot answer.
    /// </summary>
    /// <param name="request">The subject (its commit when given overrides the event's) and the policies.</param>
    /// <param name="cancellationToken">Cancels the API calls and the host's git lookups.</param>
    public async Task<GitHubEvidenceResult> CollectRunAsync(EvidenceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var environment = _settings.Environment;
        var actions = new GitHubActionsRuntime(environment, _settings.Log);
        var token = GitHubSession.Token(_settings.Variable);
        actions.AddMask(token ?? "");
        var strict = _settings.Mode != GitHubEvidenceMode.Approvals;
        if (environment.EventName is null || environment.EventPath is null)
        {
            return strict
                ? throw new GitHubSetupException("GitHub mode needs the event: GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set")
                : Warn("not running in GitHub Actions (GITHUB_EVENT_PATH is not set)", null);
        }

        var gitHubEvent = GitHubEventReader.Read(environment);
        var subject = request.Subject.Commit ?? gitHubEvent.SubjectSha
            ?? throw new GitHubSetupException($"the {gitHubEvent.Name} event names no commit and GITHUB_SHA is not set; pass --commit");
        var rules = ApprovalRequestFactory.Requirements(request.Policies, request.Subject.Model, request.Subject.Environment);
        var deployers = Deployers(environment, gitHubEvent);
        var run = new GitHubRun(gitHubEvent, subject, null);
        var context = new DecisionContext(subject, gitHubEvent.PullRequest?.Author, deployers.FirstOrDefault()) { OtherDeployers = [.. deployers.Skip(1)] };
        if (gitHubEvent.PullRequest is null)
        {
            // Until a pull request names the author, fail closed: whoever pushed and whoever wrote the commit are authors.
            context = context with { OtherAuthors = await CommitAuthorsAsync(gitHubEvent, subject, cancellationToken).ConfigureAwait(false) };
        }

        if (rules.Count == 0)
        {
            return new GitHubEvidenceResult(new EvidenceSet { Context = context }, run);
        }

        if (token is null)
        {
            return strict
                ? throw new GitHubSetupException("no GitHub token: set GITHUB_TOKEN (team checks need one with read:org)")
                : Warn($"no token in {string.Join(" or ", GitHubSession.TokenVariables)}", run, context);
        }

        var approvalRequest = ApprovalRequestFactory.Create(gitHubEvent, subject, rules, deployers);
        ApprovalFacts facts;
        using (var session = GitHubSession.Open(_settings.Variable, _settings.Time))
        {
            facts = await new ApprovalCollector(session.Client).CollectAsync(approvalRequest, cancellationToken).ConfigureAwait(false);
        }

        var approvals = ApprovalRecords.From(facts, [.. rules.SelectMany(r => r.From.Teams)]);
        ApprovalLog.Write(actions, _settings.Log, facts, approvals);
        var evidence = new EvidenceSet
        {
            Context = facts.PullRequest?.Author is { } author ? context with { Author = author, OtherAuthors = [] } : context,
            Approvals = approvals,
        };
        return new GitHubEvidenceResult(evidence, run with { Facts = facts });
    }

    private string[] Deployers(GitHubActionsEnvironment environment, GitHubEvent gitHubEvent)
    {
        if (_settings.Mode == GitHubEvidenceMode.PullRequest)
        {
            return [];
        }

        string?[] people = _settings.Mode == GitHubEvidenceMode.ProtectionRule
            ? [gitHubEvent.Deployment?.Creator, gitHubEvent.Sender]
            : [environment.Actor, gitHubEvent.Deployment?.Creator];
        return [.. people.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The event's sender and the subject commit's author (name and e-mail), when the host's checkout has the commit.</summary>
    private async Task<List<string>> CommitAuthorsAsync(GitHubEvent gitHubEvent, string subject, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        if (gitHubEvent.Sender is { } sender)
        {
            names.Add(sender);
        }

        if (_settings.CommitAuthors is { } lookup)
        {
            names.AddRange(await lookup(subject, cancellationToken).ConfigureAwait(false));
        }

        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private GitHubEvidenceResult Warn(string why, GitHubRun? run, DecisionContext? context = null)
    {
        _settings.Warn($"--github: {why}; no GitHub approvals collected");
        return new GitHubEvidenceResult(context is null ? EvidenceSet.Empty : new EvidenceSet { Context = context }, run);
    }
}
