using Governance.Workflows.GitHub;
using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using Governance.Cli.Check;
using Governance.Cli.Commands.Check;
using Governance.Cli.GitHub;
using Governance.Cli.Infrastructure;
using Governance.GitHub.Events;

namespace Governance.Cli.Commands.GitHub;

/// <summary>
/// Answers a <c>deployment_protection_rule</c> payload: evaluates the policies for the deployment's commit and
/// environment and approves or rejects through the callback. Exit 0 approved, 1 rejected, 2 no decision (nothing posted).
/// </summary>
internal sealed class ProtectionRuleHandler(HostContext context)
{
    /// <summary>The event this command answers.</summary>
    public const string EventName = "deployment_protection_rule";

    /// <summary>Runs the check the payload asks for; <paramref name="check"/> holds the options, its environment and commit come from the payload.</summary>
    public Task<int> HandleAsync(CheckOptions check, string? eventFile, CancellationToken cancellationToken)
    {
        var run = WithEvent(eventFile);
        var path = run.Env("GITHUB_EVENT_PATH") ?? throw new WorkflowException("no event: pass --event <payload.json> or set GITHUB_EVENT_PATH");
        var gitHubEvent = GitHubCalls.Run(() => GitHubEventReader.Read(EventName, path));
        var rule = gitHubEvent.ProtectionRule ?? throw new WorkflowException($"{path}: not a {EventName} payload");
        return new CheckHandler(run).HandleAsync(check with
        {
            Environment = rule.Environment,
            Commit = gitHubEvent.Deployment?.Sha ?? gitHubEvent.SubjectSha,
            GitHub = true,
            ProtectionRule = true,
        }, cancellationToken);
    }

    private HostContext WithEvent(string? eventFile)
    {
        var variables = new Dictionary<string, string>(context.Environment, StringComparer.Ordinal) { ["GITHUB_EVENT_NAME"] = EventName };
        if (eventFile is not null)
        {
            variables["GITHUB_EVENT_PATH"] = context.Resolve(eventFile);
        }

        return context with { Environment = variables };
    }
}
