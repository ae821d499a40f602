using Governance.Workflows.Hosting;
using System.CommandLine;
using Governance.Cli.Commands.Shared;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Approve;

/// <summary><c>govern approve</c>: a DSSE-signed approval of an exact model digest by the key's principal.</summary>
internal static class ApproveCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        var signer = new SignerOptionSet();
        Option<string> model = new("--model") { Description = "Model name", Required = true };
        Option<string> digest = new("--digest") { Description = "The exact model digest approved (sha256:…)", Required = true };
        Option<string?> reason = new("--reason") { Description = "Why" };
        Option<string?> commit = new("--commit") { Description = "The commit the approval is for, if any" };
        Option<bool> revoke = new("--revoke") { Description = "Revoke your earlier approval of this digest instead" };
        var command = new Command("approve", "Sign an approval of a model digest with your key (counts for your principal only)") { model, digest, reason, commit, revoke };
        signer.AddTo(command);
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new ApproveHandler(context).HandleAsync(
            new ApprovalRequest(parse.GetRequiredValue(model), OptionValues.Digest("--digest", parse.GetRequiredValue(digest)), parse.GetValue(reason), parse.GetValue(commit), parse.GetValue(revoke)),
            ledger.Location(parse),
            signer.Read(parse),
            cancellationToken));
        return command;
    }
}
