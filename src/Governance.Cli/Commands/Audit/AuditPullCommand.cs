using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit pull</c>: fast-forwards the local ledger to the remote's.</summary>
internal static class AuditPullCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        Option<string?> repo = new("--repo") { Description = "Repository holding the ledger (default: current directory)" };
        Option<string> remote = new("--remote") { Description = "The remote", DefaultValueFactory = _ => "origin" };
        var command = new Command("pull", "Fetch the remote ledger and fast-forward to it") { repo, remote };
        command.SetAction((parse, cancellationToken) => new AuditPullHandler(context).HandleAsync(
            context.Resolve(parse.GetValue(repo) ?? "."), parse.GetValue(remote) ?? "origin", cancellationToken));
        return command;
    }
}
