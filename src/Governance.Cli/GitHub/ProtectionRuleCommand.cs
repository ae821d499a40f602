using System.CommandLine;
using Governance.Cli.Check;
using Governance.Cli.Infrastructure;
using Governance.GitHub.Events;

namespace Governance.Cli.GitHub;

/// <summary>
/// <c>govern github protection-rule</c>: handles a <c>deployment_protection_rule</c> payload; evaluates the
/// policies for the deployment's commit and environment and approves or rejects through the callback.
/// Exit 0 approved, 1 rejected, 2 no decision (nothing was posted).
/// </summary>
public static class ProtectionRuleCommand
{
    private const string EventName = "deployment_protection_rule";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        Option<string[]> policy = new("--policy", "-p") { Description = "Policy file or directory (repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };
        Option<string?> policyRef = new("--policy-ref") { Description = "Read policies from this trusted git ref (e.g. origin/main)" };
        Option<string> model = new("--model", "-m") { Description = "Model name", Required = true };
        Option<string> digest = new("--digest", "-d") { Description = "Model digest, sha256:<64 hex>", Required = true };
        Option<string[]> evidence = new("--evidence") { Description = "Evidence file (repeatable); unsigned", AllowMultipleArgumentsPerToken = true };
        Option<string?> eventFile = new("--event") { Description = "The webhook payload file (default: GITHUB_EVENT_PATH)" };
        Option<string?> repo = new("--repo") { Description = "Repository holding the audit ledger (default: current directory)" };
        Option<string?> key = new("--key") { Description = "Recorder key (PEM) that signs the decision entry" };
        Option<bool> noRecord = new("--no-record") { Description = "Do not append a decision entry to the ledger" };
        var command = new Command("protection-rule", "Answer a deployment_protection_rule event: approve on allow, reject on deny (needs the GitHub App's installation token in GITHUB_TOKEN)")
        {
            policy, policyRef, model, digest, evidence, eventFile, repo, key, noRecord,
        };
        command.SetAction(parse =>
        {
            var run = WithEvent(context, parse.GetValue(eventFile));
            var path = run.Env("GITHUB_EVENT_PATH") ?? throw new CliException("no event: pass --event <payload.json> or set GITHUB_EVENT_PATH");
            var gitHubEvent = GitHubApi.Call(() => Task.FromResult(GitHubEventReader.Read(EventName, path)));
            var rule = gitHubEvent.ProtectionRule ?? throw new CliException($"{path}: not a {EventName} payload");
            return CheckHandler.Run(run, new CheckOptions
            {
                Policies = parse.GetRequiredValue(policy),
                PolicyRef = parse.GetValue(policyRef),
                Model = parse.GetRequiredValue(model),
                Digest = parse.GetRequiredValue(digest),
                Environment = rule.Environment,
                Commit = gitHubEvent.Deployment?.Sha ?? gitHubEvent.SubjectSha,
                Evidence = parse.GetValue(evidence) ?? [],
                Repository = parse.GetValue(repo),
                Key = parse.GetValue(key),
                NoRecord = parse.GetValue(noRecord),
                GitHub = true,
                ProtectionRule = true,
            });
        });
        return command;
    }

    private static CliContext WithEvent(CliContext context, string? eventFile)
    {
        var variables = new Dictionary<string, string>(context.Environment, StringComparer.Ordinal) { ["GITHUB_EVENT_NAME"] = EventName };
        if (eventFile is not null)
        {
            variables["GITHUB_EVENT_PATH"] = context.Resolve(eventFile);
        }

        return context with { Environment = variables };
    }
}
