using System.CommandLine;
using Governance.Cli.Infrastructure;

namespace Governance.Cli.Ledger.Audit;

/// <summary><c>govern audit checkpoint</c>: prints the current signed checkpoint (save it; pass it to <c>verify --trusted-checkpoint</c> later).</summary>
internal static class AuditCheckpointCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        Option<string?> repo = new("--repo") { Description = "Repository holding the ledger (default: current directory)" };
        var command = new Command("checkpoint", "Print the ledger's current signed C2SP checkpoint") { repo };
        command.SetAction(parse =>
        {
            using var store = LedgerSession.OpenStore(context.Resolve(parse.GetValue(repo) ?? "."), context.Time);
            var tip = store.Tip ?? throw new CliException("the ledger is empty: no checkpoint yet");
            context.Output.Write(tip.CheckpointNote.EndsWith('\n') ? tip.CheckpointNote : tip.CheckpointNote + "\n");
            return ExitCodes.Allow;
        });
        return command;
    }
}
