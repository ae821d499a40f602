using Governance.Cli.Check;
using Governance.Cli.Infrastructure;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.GitHub.Actions;
using Governance.GitHub.Events;
using Governance.GitHub.Reviews;

namespace Governance.Cli.GitHub;

/// <summary>
/// Pull-request approvals from GitHub as evidence (DESIGN §3, §4): the event's PR, or the PR that brought the
/// deployed commit in; the author and the deployer excluded; team membership verified per reviewer.
/// </summary>
public static class GitHubEvidence
{
    /// <summary>
    /// The GitHub evidence for a check, or <see cref="EvidenceSet.Empty"/> when <c>--github</c> is off, the run is
    /// not on GitHub, or there is no token (a warning says so; missing approvals then deny).
    /// </summary>
    public static EvidenceSet Collect(CliContext context, CheckOptions options, IReadOnlyList<Policy> policies, out GitHubRun? run)
    {
        run = null;
        if (!options.GitHub && !options.PullRequest && !options.ProtectionRule)
        {
            return EvidenceSet.Empty;
        }

        var environment = new GitHubActionsEnvironment(context.Env);
        var actions = new GitHubActionsRuntime(environment, context.Output);
        var token = GitHubApi.Token(context);
        actions.AddMask(token ?? "");
        var strict = options.PullRequest || options.ProtectionRule;
        if (environment.EventName is null || environment.EventPath is null)
        {
            return strict
                ? throw new CliException("GitHub mode needs the event: GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set")
                : Warn(context, "not running in GitHub Actions (GITHUB_EVENT_PATH is not set)");
        }

        var gitHubEvent = GitHubApi.Call(() => Task.FromResult(GitHubEventReader.Read(environment)));
        var subject = options.Commit ?? gitHubEvent.SubjectSha
            ?? throw new CliException($"the {gitHubEvent.Name} event names no commit and GITHUB_SHA is not set; pass --commit");
        var rules = ApprovalRequestFactory.Requirements(policies, options.Model, options.Environment);
        var deployers = Deployers(options, environment, gitHubEvent);
        run = new GitHubRun(gitHubEvent, subject, null);
        var context0 = new DecisionContext(subject, gitHubEvent.PullRequest?.Author, deployers.FirstOrDefault()) { OtherDeployers = [.. deployers.Skip(1)] };
        if (gitHubEvent.PullRequest is null)
        {
            // Until a pull request names the author, fail closed: whoever pushed and whoever wrote the commit are authors.
            context0 = context0 with { OtherAuthors = CommitAuthors(context, options, gitHubEvent, subject) };
        }

        if (rules.Count == 0)
        {
            return new EvidenceSet { Context = context0 };
        }

        if (token is null)
        {
            return strict
                ? throw new CliException("no GitHub token: set GITHUB_TOKEN (team checks need one with read:org)")
                : Warn(context, $"no token in {string.Join(" or ", GitHubApi.TokenVariables)}") with { Context = context0 };
        }

        var request = ApprovalRequestFactory.Create(gitHubEvent, subject, rules, deployers);
        ApprovalFacts facts;
        using (var api = GitHubApi.Open(context))
        {
            facts = GitHubApi.Call(() => new ApprovalCollector(api.Client).CollectAsync(request));
        }

        run = run with { Facts = facts };
        var approvals = ApprovalRecords.From(facts, [.. rules.SelectMany(r => r.From.Teams)]);
        ApprovalLog.Write(actions, context.Output, facts, approvals);
        return new EvidenceSet
        {
            Context = facts.PullRequest?.Author is { } author ? context0 with { Author = author, OtherAuthors = [] } : context0,
            Approvals = approvals,
        };
    }

    private static string[] Deployers(CheckOptions options, GitHubActionsEnvironment environment, GitHubEvent gitHubEvent)
    {
        if (options.PullRequest)
        {
            return [];
        }

        string?[] people = options.ProtectionRule
            ? [gitHubEvent.Deployment?.Creator, gitHubEvent.Sender]
            : [environment.Actor, gitHubEvent.Deployment?.Creator];
        return [.. people.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The event's sender and the subject commit's author (name and e-mail), when the repository has the commit.</summary>
    private static List<string> CommitAuthors(CliContext context, CheckOptions options, GitHubEvent gitHubEvent, string subject)
    {
        var names = new List<string>();
        if (gitHubEvent.Sender is { } sender)
        {
            names.Add(sender);
        }

        try
        {
            var repository = context.Resolve(options.Repository ?? ".");
            var text = GitCli.RunText(repository, "log", "-1", "--format=%an%n%ae", subject, "--");
            names.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        catch (CliException)
        {
            // The commit is not in the checkout (e.g. a shallow clone of another ref): the sender stands for the author.
        }

        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static EvidenceSet Warn(CliContext context, string why)
    {
        context.Error.WriteLine($"govern: warning: --github: {why}; no GitHub approvals collected");
        return EvidenceSet.Empty;
    }
}
