using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.GitHub;

/// <summary><c>govern github</c>: the GitHub Action's entry point and the deployment protection rule.</summary>
internal static class GitHubCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Create(HostContext context) => new("github", "GitHub integration: the action's entry point and the custom deployment protection rule")
    {
        ActionCommand.Create(context),
        ProtectionRuleCommand.Create(context),
    };
}
