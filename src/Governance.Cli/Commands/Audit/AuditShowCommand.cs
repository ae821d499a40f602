using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit show &lt;seq&gt;</c>: one entry in full, with its commit, signer and checkpoint.</summary>
internal static class AuditShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Argument<long> seq = new("seq") { Description = "The entry's sequence number (1-based)" };
        var command = new Command("show", "Show one ledger entry in full") { seq };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new AuditShowHandler(context).HandleAsync(ledger.Read(context, parse), parse.GetRequiredValue(seq), cancellationToken));
        return command;
    }
}
