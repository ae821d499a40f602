using System.CommandLine;
using Governance.Workflows.Hosting;

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
}
