using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Hosting;

/// <summary>The one place every <c>govern</c> command is registered: the root command and its verbs.</summary>
internal static class CommandTree
{
    /// <summary>The <c>--verbose</c> option every command accepts.</summary>
    public static Option<bool> Verbose() => new("--verbose") { Description = "Show stack traces for unexpected errors", Recursive = true };

    /// <summary>Builds the root command with every verb; each verb's handler runs only when it is invoked.</summary>
    public static RootCommand Build(HostContext context, Option<bool> verbose) => new(
        "govern: policy gate and signed audit ledger for ML and LLM deployments.\n"
        + "Exit codes: 0 allow (or success), 1 deny (or tampering found), 2 no decision (bad input or failure).")
    {
        verbose,
        Commands.Check.CheckCommand.Create(context),
        Commands.Policies.PolicyCommand.Create(context),
        Commands.Keys.KeysCommand.Create(context),
        Commands.Record.RecordCommand.Create(context),
        Commands.Approve.ApproveCommand.Create(context),
        Commands.Waive.WaiveCommand.Create(context),
        Commands.Audit.AuditCommand.Create(context),
        Commands.GitHub.GitHubCommand.Create(context),
        Commands.Flag.FlagCommand.Flag(context),
        Commands.Flag.FlagCommand.Unflag(context),
        Commands.Lineage.LineageCommand.Create(context),
        Commands.Import.ImportCommand.Create(context),
    };
}
