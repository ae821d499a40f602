using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit verify</c>: exit 0 intact, 1 tampering found (first bad entry and why), 2 could not verify.</summary>
internal static class AuditVerifyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string?> trusted = new("--trusted-checkpoint") { Description = "A checkpoint saved earlier (govern audit checkpoint): detects truncation, rollback and rewritten history" };
        var command = new Command("verify", "Verify every entry, link, signature, schema, time and checkpoint of the ledger") { trusted };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new AuditVerifyHandler(context).HandleAsync(ledger.Read(context, parse), parse.GetValue(trusted), cancellationToken));
        return command;
    }
}
