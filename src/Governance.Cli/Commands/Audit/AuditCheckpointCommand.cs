using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit checkpoint</c>: prints the current signed checkpoint (save it; pass it to <c>verify --trusted-checkpoint</c> later).</summary>
internal static class AuditCheckpointCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        Option<string?> repo = new("--repo") { Description = "Repository holding the ledger (default: current directory)" };
        var command = new Command("checkpoint", "Print the ledger's current signed C2SP checkpoint") { repo };
        command.SetAction((parse, cancellationToken) => new AuditCheckpointHandler(context).HandleAsync(context.Resolve(parse.GetValue(repo) ?? "."), cancellationToken));
        return command;
    }
}
