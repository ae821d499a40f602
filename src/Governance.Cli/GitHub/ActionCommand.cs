using System.CommandLine;
using System.Text.Json;
using Governance.Cli.Check;
using Governance.Cli.Infrastructure;
using Governance.GitHub.Actions;

namespace Governance.Cli.GitHub;

/// <summary>
/// <c>govern github action</c>: what the composite action's step runs. Reads the inputs from <c>GOVERNANCE_*</c>,
/// masks the token and key, writes the key under <c>RUNNER_TEMP</c> (0600) when recording, reads policies and trust
/// from one trusted ref (<c>trust-ref</c>/<c>policy-ref</c>, default <c>origin/&lt;default branch&gt;</c>, fetched when the
/// checkout lacks it, never <c>HEAD</c>), requires signed evidence unless <c>require-signed: false</c>, and runs the check
/// in gate or pull-request mode.
/// </summary>
public static class ActionCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("action", "Run as the GitHub Action does: inputs from GOVERNANCE_* variables (see action.yml)");
        command.SetAction(_ => Run(context));
        return command;
    }

    /// <summary>Runs the action step; returns the exit code.</summary>
    public static int Run(CliContext context)
    {
        var environment = new GitHubActionsEnvironment(context.Env);
        var actions = new GitHubActionsRuntime(environment, context.Output);
        actions.AddMask(GitHubApi.Token(context) ?? "");
        var pem = context.Env(ActionInputs.SigningKeyVariable);
        actions.AddMask(pem ?? "");
        var inputs = ActionInputs.Read(context);
        var repository = environment.Workspace ?? context.WorkingDirectory;
        var pullRequest = inputs.Mode == "pull-request";
        var record = inputs.Record && !pullRequest;
        if (record && pem is null)
        {
            actions.Warning("record is true but no signing-key was given, so the decision is not recorded in the ledger.");
        }

        // One trusted ref for policies and trust alike; either input names it for both unless both are given.
        var trusted = TrustedRef.Resolve(environment, repository, inputs.TrustRef ?? inputs.PolicyRef, inputs.TrustRef is null ? "policy-ref" : "trust-ref");
        var policyRef = inputs.PolicyRef is { } p && p != trusted ? TrustedRef.Resolve(environment, repository, p, "policy-ref") : trusted;
        var notices = new List<string>();
        if (!inputs.RequireSigned)
        {
            notices.Add("require-signed is false: unsigned evidence files count for enforced rules (the gate's default refuses them)");
            actions.Warning("require-signed is false: unsigned evidence files count for enforced rules.");
        }

        var (checkpoint, checkpointSource) = TrustedCheckpointInput.Read(context, repository, inputs.TrustedCheckpoint);
        using var key = record && pem is not null ? SigningKeyFile.Write(environment.RunnerTemp, pem) : null;
        return CheckHandler.Run(context, new CheckOptions
        {
            Policies = inputs.Policies,
            PolicyRef = policyRef,
            TrustRef = trusted,
            RequireSigned = inputs.RequireSigned,
            Explain = inputs.Explain,
            TrustedCheckpoint = checkpoint,
            TrustedCheckpointSource = checkpointSource,
            Notices = notices,
            ExtraReports = [.. Reports(context, repository, inputs)],
            Model = inputs.Model,
            Digest = inputs.Digest,
            Environment = inputs.Environment,
            Evidence = inputs.Evidence,
            Repository = repository,
            Key = key?.Path,
            NoRecord = key is null,
            GitHub = true,
            PullRequest = pullRequest,
            FailOnDeny = inputs.FailOnDeny,
        });
    }

    private static IEnumerable<(string, string)> Reports(CliContext context, string repository, ActionInputs inputs)
    {
        if (inputs.SarifPath is { } sarif)
        {
            yield return ("sarif", Path.GetFullPath(sarif, repository));
        }

        if (inputs.JsonPath is { } json)
        {
            yield return ("json", Path.GetFullPath(json, repository));
        }
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
        catch (CliException)
        {
            throw new CliException("cannot tell the default branch (no repository.default_branch in the event, no origin/HEAD); set the policy-ref input");
        }
    }
}
