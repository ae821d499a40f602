using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit link bundle.zip --key K</c>: verifies another organisation's bundle and records a signed <c>trail.linked/v1</c> entry.</summary>
internal static class AuditLinkCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Argument<string> bundle = new("bundle") { Description = "The other organisation's evidence bundle" };
        Option<string?> key = new("--key") { Description = "Recorder key (PEM) that signs the trail.linked entry" };
        Option<string?> trusted = new("--trusted-checkpoint") { Description = "A checkpoint of their ledger obtained independently" };
        var command = new Command("link", "Verify another organisation's bundle and record a trail.linked entry (consistent with earlier links of the same origin)") { bundle, key, trusted };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new AuditLinkHandler(context).HandleAsync(
            ledger.Read(context, parse), context.Resolve(parse.GetValue(bundle)!), parse.GetValue(key), parse.GetValue(trusted), cancellationToken));
        return command;
    }
}
