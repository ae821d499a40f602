using System.CommandLine;
using Governance.Cli.GitHub;
using Governance.Cli.Infrastructure;

namespace Governance.Cli;

/// <summary>Commands beyond check and policy: the ledger, GitHub, lineage and import commands register here.</summary>
public static class CommandRegistry
{
    /// <summary>The additional top-level commands.</summary>
    public static IEnumerable<Command> Extensions(CliContext context)
    {
        return
        [
            Ledger.KeysCommand.Create(context),
            Ledger.RecordCommand.Create(context),
            Ledger.ApproveCommand.Create(context),
            Ledger.WaiveCommand.Create(context),
            Ledger.Audit.AuditCommand.Create(context),
            GitHubCommand.Create(context),
            Lifecycle.FlagCommand.Flag(context),
            Lifecycle.FlagCommand.Unflag(context),
            Lifecycle.LineageCommand.Create(context),
            Imports.ImportCommand.Create(context),
        ];
    }
}
