using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit push</c>: pushes; if the remote moved, re-appends local-only entries on top (re-signed) and retries.</summary>
internal static class AuditPushCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        Option<string?> repo = new("--repo") { Description = "Repository holding the ledger (default: current directory)" };
        Option<string> remote = new("--remote") { Description = "The remote", DefaultValueFactory = _ => "origin" };
        var key = KeyOptions.Recorder();
        key.Description = $"Recorder key, needed only to rebase when the remote moved (or PEM text in ${AuditPushHandler.KeyVariable})";
        var command = new Command("push", "Push the ledger; rebase local-only entries if the remote moved") { repo, remote, key };
        command.SetAction((parse, cancellationToken) => new AuditPushHandler(context).HandleAsync(
            context.Resolve(parse.GetValue(repo) ?? "."), parse.GetValue(remote) ?? "origin", parse.GetValue(key), cancellationToken));
        return command;
    }
}
