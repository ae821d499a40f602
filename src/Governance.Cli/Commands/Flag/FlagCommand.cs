using System.CommandLine;
using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using Governance.Workflows.Lifecycle;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Flag;

/// <summary><c>govern flag</c> and <c>govern unflag</c>: mark a source dataset harmful, or lift that mark.</summary>
internal static class FlagCommand
{
    /// <summary>Builds <c>govern flag</c>.</summary>
    public static Command Flag(HostContext context) => Create(context, "flag",
        "Flag a source dataset as harmful: every model downstream of it is denied until waived or re-approved", unflag: false);

    /// <summary>Builds <c>govern unflag</c>.</summary>
    public static Command Unflag(HostContext context) => Create(context, "unflag",
        "Lift the flag on a dataset (the flag stays in the ledger's history)", unflag: true);

    private static Command Create(HostContext context, string name, string description, bool unflag)
    {
        var ledger = new LedgerOptionSet();
        Option<string> dataset = new("--dataset") { Description = "The dataset id", Required = true };
        Option<string> reason = new("--reason") { Description = "Why", Required = true };
        Option<string?> digest = new("--content-digest") { Description = "The dataset snapshot's content digest, when one snapshot is meant" };
        Option<string?> severity = new("--severity") { Description = "low, medium, high or critical" };
        severity.AcceptOnlyFromAmong("low", "medium", "high", "critical");
        Option<string[]> references = new("--reference") { Description = "Ticket or document (repeatable)" };
        Option<string?> key = new("--key") { Description = "Recorder key; or a person's key (a data steward), whose signed statement the flag then carries, with --recorder-key" };
        var recorderKey = KeyOptions.RecorderKey();
        var command = new Command(name, description) { dataset, reason, digest, references, key, recorderKey };
        if (!unflag)
        {
            command.Options.Add(severity);
        }

        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new FlagHandler(context).HandleAsync(
            new FlagHandler.Options(
                ledger.Location(parse),
                new SignerKeys(parse.GetValue(key), RecorderKey: parse.GetValue(recorderKey)),
                new FlagRequest(parse.GetRequiredValue(dataset), parse.GetRequiredValue(reason), parse.GetValue(digest), unflag ? null : parse.GetValue(severity), parse.GetValue(references)),
                unflag),
            cancellationToken));
        return command;
    }
}
