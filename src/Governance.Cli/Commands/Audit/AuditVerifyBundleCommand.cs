using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit verify-bundle bundle.zip [--trusted-checkpoint F]</c>: offline; exit 0 intact, 1 a file or entry fails, 2 unreadable.</summary>
internal static class AuditVerifyBundleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        Argument<string> bundle = new("bundle") { Description = "The evidence bundle (zip) from 'govern audit export'" };
        Option<string?> trusted = new("--trusted-checkpoint") { Description = "A checkpoint obtained independently: its key must be bundled and the ledger consistent with it" };
        var command = new Command("verify-bundle", "Verify an evidence bundle offline: manifest, signatures, ledger, checkpoint, proofs, attestations") { bundle, trusted };
        command.SetAction((parse, cancellationToken) => new AuditVerifyBundleHandler(context).HandleAsync(parse.GetValue(bundle)!, parse.GetValue(trusted), cancellationToken));
        return command;
    }
}
