using System.CommandLine;
using Governance.Cli.Commands.Retract;
using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using Governance.Workflows.Lifecycle;

namespace Governance.Cli.Commands.Record;

/// <summary><c>govern record</c>: append lifecycle events to the ledger, signed by the recorder key; prints the new seqs.</summary>
internal static class RecordCommand
{
    /// <summary>Builds the command with one subcommand per record kind plus <c>retract</c> and <c>entry &lt;type&gt;</c>.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string?> key = KeyOptions.Recorder();
        Option<string?> fromEvidence = new("--from-evidence") { Description = "Record every item of an evidence file (approvals and waivers as recorded on the person's behalf)" };
        var command = new Command("record", "Append signed lifecycle events to the audit ledger") { fromEvidence, key };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new RecordHandler(context).HandleEvidenceAsync(
            new RecordHandler.EvidenceOptions(ledger.Location(parse), parse.GetValue(key), parse.GetValue(fromEvidence)), cancellationToken));
        foreach (var kind in RecordKinds.All())
        {
            command.Subcommands.Add(RecordKindCommand.Create(context, kind.Name, kind.Type, kind.Description, kind.Fields));
        }

        command.Subcommands.Add(RetractCommand.Create(context));
        command.Subcommands.Add(RecordKindCommand.Create(context, "entry", null, "Append an entry of any type with a JSON payload (e.g. policy.changed/v1)", null));
        return command;
    }
}
