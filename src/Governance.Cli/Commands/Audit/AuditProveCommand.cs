using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit prove --inclusion &lt;seq&gt; | --consistency &lt;size&gt;</c>: RFC 9162 proofs against the current signed checkpoint.</summary>
internal static class AuditProveCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        Option<string?> repo = new("--repo") { Description = "Repository holding the ledger (default: current directory)" };
        Option<long?> inclusion = new("--inclusion") { Description = "Prove that entry <seq> is in the ledger" };
        Option<long?> consistency = new("--consistency") { Description = "Prove that the ledger of <size> entries is a prefix of the current one" };
        Option<string> format = new("--format", "-f") { Description = "text or json (json is what verify-proof reads)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("prove", "Produce an inclusion or consistency proof") { repo, inclusion, consistency, format };
        command.SetAction((parse, cancellationToken) => new AuditProveHandler(context).HandleAsync(
            context.Resolve(parse.GetValue(repo) ?? "."), parse.GetValue(inclusion), parse.GetValue(consistency), parse.GetValue(format) == "json", cancellationToken));
        return command;
    }
}
