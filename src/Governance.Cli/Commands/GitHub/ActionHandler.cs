using Governance.Cli.Commands.Check;
using Governance.Workflows.GitHub;
using Governance.Workflows.Hosting;

namespace Governance.Cli.Commands.GitHub;

/// <summary>Runs <c>govern github action</c>, the composite action's step: its set-up (<see cref="ActionRun"/>), then the check.</summary>
internal sealed class ActionHandler(HostContext context)
{
    /// <summary>Runs the action step; returns the exit code.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        using var run = ActionRun.Prepare(context);
        return await new CheckHandler(context).HandleAsync(run.Options, cancellationToken).ConfigureAwait(false);
    }
}
