using Governance.GitHub.Actions;
using Governance.Workflows.Check;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.GitHub;

/// <summary>
/// The composite action's step before its check (<c>govern github action</c>). Reads the inputs from <c>GOVERNANCE_*</c>,
/// masks the token and key, writes the key under <c>RUNNER_TEMP</c> (0600) when recording, reads policies and trust
/// from one trusted ref (<c>trust-ref</c>/<c>policy-ref</c>, default <c>origin/&lt;default branch&gt;</c>, fetched when the
/// checkout lacks it, never <c>HEAD</c>), requires signed evidence unless <c>require-signed: false</c>, and gives the
/// check's options in gate or pull-request mode. Disposing deletes the key file.
/// </summary>
internal sealed class ActionRun : IDisposable
{
    private readonly SigningKeyFile? _key;

    private ActionRun(CheckOptions options, SigningKeyFile? key)
    {
        Options = options;
        _key = key;
    }

    /// <summary>The check the action runs.</summary>
    public CheckOptions Options { get; }

    /// <summary>Reads and checks the inputs, resolves the trusted ref and writes the key file; failures are exit 2.</summary>
    public static ActionRun Prepare(HostContext context)
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
        var key = record && pem is not null ? GitHubCalls.Run(() => SigningKeyFile.Write(environment.RunnerTemp, pem)) : null;
        return new ActionRun(new CheckOptions
        {
            Policies = inputs.Policies,
            PolicyRef = policyRef,
            TrustRef = trusted,
            RequireSigned = inputs.RequireSigned,
            Explain = inputs.Explain,
            TrustedCheckpoint = checkpoint,
            TrustedCheckpointSource = checkpointSource,
            Notices = notices,
            ExtraReports = [.. Reports(repository, inputs)],
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
        }, key);
    }

    /// <inheritdoc />
    public void Dispose() => _key?.Dispose();

    private static IEnumerable<(string, string)> Reports(string repository, ActionInputs inputs)
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
