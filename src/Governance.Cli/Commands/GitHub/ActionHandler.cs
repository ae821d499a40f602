using Governance.Workflows.GitHub;
using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using Governance.Cli.Check;
using Governance.Cli.Commands.Check;
using Governance.Cli.GitHub;
using Governance.Cli.Infrastructure;
using Governance.GitHub.Actions;

namespace Governance.Cli.Commands.GitHub;

/// <summary>
/// Runs <c>govern github action</c>, the composite action's step. Reads the inputs from <c>GOVERNANCE_*</c>,
/// masks the token and key, writes the key under <c>RUNNER_TEMP</c> (0600) when recording, reads policies and trust
/// from one trusted ref (<c>trust-ref</c>/<c>policy-ref</c>, default <c>origin/&lt;default branch&gt;</c>, fetched when the
/// checkout lacks it, never <c>HEAD</c>), requires signed evidence unless <c>require-signed: false</c>, and runs the check
/// in gate or pull-request mode.
/// </summary>
internal sealed class ActionHandler(HostContext context)
{
    /// <summary>Runs the action step; returns the exit code.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var environment = new GitHubActionsEnvironment(context.Env);
        var actions = new GitHubActionsRuntime(environment, context.Output);
        actions.AddMask(GitHubCalls.Token(context) ?? "");
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
        using var key = record && pem is not null ? GitHubCalls.Run(() => SigningKeyFile.Write(environment.RunnerTemp, pem)) : null;
        return await new CheckHandler(context).HandleAsync(new CheckOptions
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
        }, cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<(string, string)> Reports(HostContext context, string repository, ActionInputs inputs)
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
}
