using Governance.Workflows.Hosting;
using System.CommandLine;
using System.Globalization;
using Governance.Cli.Commands.Shared;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Waive;

/// <summary><c>govern waive</c>: a DSSE-signed, time-boxed waiver of named rules (or <c>source:&lt;dataset&gt;</c>) for one digest.</summary>
internal static class WaiveCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        var signer = new SignerOptionSet();
        Option<string> rules = new("--rules") { Description = "Comma-separated rule ids, or source:<dataset-id>", Required = true };
        Option<string> digest = new("--digest") { Description = "The model digest the waiver is scoped to", Required = true };
        Option<string> expires = new("--expires") { Description = "When it stops applying (RFC 3339, e.g. 2026-12-01T00:00:00Z)", Required = true };
        Option<string> reason = new("--reason") { Description = "Why the risk is accepted", Required = true };
        Option<string?> model = new("--model") { Description = "Model name" };
        var command = new Command("waive", "Grant a time-boxed waiver signed with your key (must be a waiver approver of the policy)") { rules, digest, expires, reason, model };
        signer.AddTo(command);
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var d = OptionValues.Digest("--digest", parse.GetRequiredValue(digest));
            if (!DateTimeOffset.TryParse(parse.GetRequiredValue(expires), CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
            {
                throw new WorkflowException($"--expires: '{parse.GetRequiredValue(expires)}' is not an RFC 3339 time");
            }

            var ids = parse.GetRequiredValue(rules).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var request = new WaiverRequest(ids, d, until, parse.GetRequiredValue(reason), parse.GetValue(model));
            return new WaiveHandler(context).HandleAsync(request, ledger.Location(parse), signer.Read(parse), cancellationToken);
        });
        return command;
    }
}
