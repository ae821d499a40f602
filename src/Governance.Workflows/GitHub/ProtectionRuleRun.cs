using Governance.GitHub.Events;
using Governance.Workflows.Check;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.GitHub;

/// <summary>
/// The check a <c>deployment_protection_rule</c> payload asks for: the deployment's environment and commit from the
/// payload, GitHub asked in protection-rule mode, and a host context whose event is that payload.
/// </summary>
/// <param name="Context">The host context to run the check in (<c>GITHUB_EVENT_NAME</c>/<c>GITHUB_EVENT_PATH</c> set to the payload).</param>
/// <param name="Options">The check's options.</param>
internal sealed record ProtectionRuleRun(HostContext Context, CheckOptions Options)
{
    /// <summary>The event this answers.</summary>
    public const string EventName = "deployment_protection_rule";

    /// <summary>Reads the payload (<paramref name="eventFile"/>, else <c>GITHUB_EVENT_PATH</c>); <paramref name="check"/> holds the other options.</summary>
    public static ProtectionRuleRun Prepare(HostContext context, CheckOptions check, string? eventFile)
    {
        var run = WithEvent(context, eventFile);
        var path = run.Env("GITHUB_EVENT_PATH") ?? throw new WorkflowException("no event: pass --event <payload.json> or set GITHUB_EVENT_PATH");
        var gitHubEvent = GitHubCalls.Run(() => GitHubEventReader.Read(EventName, path));
        var rule = gitHubEvent.ProtectionRule ?? throw new WorkflowException($"{path}: not a {EventName} payload");
        return new ProtectionRuleRun(run, check with
        {
            Environment = rule.Environment,
            Commit = gitHubEvent.Deployment?.Sha ?? gitHubEvent.SubjectSha,
            GitHub = true,
            ProtectionRule = true,
        });
    }

    private static HostContext WithEvent(HostContext context, string? eventFile)
    {
        var variables = new Dictionary<string, string>(context.Environment, StringComparer.Ordinal) { ["GITHUB_EVENT_NAME"] = EventName };
        if (eventFile is not null)
        {
            variables["GITHUB_EVENT_PATH"] = context.Resolve(eventFile);
        }

        return context with { Environment = variables };
    }
}
