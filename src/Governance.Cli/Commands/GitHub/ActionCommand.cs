using Governance.Workflows;
using Governance.Workflows.Hosting;
using System.CommandLine;
using System.Text.Json;
using Governance.Cli.Infrastructure;
using Governance.GitHub.Actions;

namespace Governance.Cli.Commands.GitHub;

/// <summary><c>govern github action</c>: what the composite action's step runs; its inputs come from <c>GOVERNANCE_*</c> variables.</summary>
internal static class ActionCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var command = new Command("action", "Run as the GitHub Action does: inputs from GOVERNANCE_* variables (see action.yml)");
        command.SetAction((_, cancellationToken) => new ActionHandler(context).HandleAsync(cancellationToken));
        return command;
    }

    /// <summary><c>origin/&lt;default branch&gt;</c>, from the event's repository, else from <c>origin/HEAD</c>.</summary>
    public static string DefaultPolicyRef(GitHubActionsEnvironment environment, string repository)
    {
        if (environment.EventPath is { } path && File.Exists(path))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(path));
                if (json.RootElement.TryGetProperty("repository", out var repo) && repo.ValueKind == JsonValueKind.Object
                    && repo.TryGetProperty("default_branch", out var branch) && branch.GetString() is { Length: > 0 } name)
                {
                    return $"origin/{name}";
                }
            }
            catch (JsonException)
            {
                // The event reader reports a malformed payload with its location.
            }
        }

        try
        {
            return GitCli.RunText(repository, "symbolic-ref", "--short", "refs/remotes/origin/HEAD");
        }
        catch (WorkflowException)
        {
            throw new WorkflowException("cannot tell the default branch (no repository.default_branch in the event, no origin/HEAD); set the policy-ref input");
        }
    }
}
