using Governance.Cli.Commands.Check;
using Governance.Workflows.Check;
using Governance.Workflows.GitHub;
using Governance.Workflows.Hosting;

namespace Governance.Cli.Commands.GitHub;

/// <summary>
/// Answers a <c>deployment_protection_rule</c> payload: evaluates the policies for the deployment's commit and
/// environment and approves or rejects through the callback. Exit 0 approved, 1 rejected, 2 no decision (nothing posted).
/// </summary>
internal sealed class ProtectionRuleHandler(HostContext context)
{
    /// <summary>Runs the check the payload asks for; <paramref name="check"/> holds the options, its environment and commit come from the payload.</summary>
    public Task<int> HandleAsync(CheckOptions check, string? eventFile, CancellationToken cancellationToken)
    {
        var run = ProtectionRuleRun.Prepare(context, check, eventFile);
        return new CheckHandler(run.Context).HandleAsync(run.Options, cancellationToken);
    }
}
