using System.CommandLine;
using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Retract;

/// <summary>
/// <c>govern record retract --seq N --reason TEXT --key PEM</c>: a signed correction. The entry at N stays in the
/// trail; lineage, evidence and reports stop counting it.
/// </summary>
internal static class RetractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<long> seq = new("--seq") { Description = "The entry to retract", Required = true };
        Option<string> reason = new("--reason") { Description = "Why it was wrong", Required = true };
        var key = KeyOptions.Recorder();
        key.Required = true;
        var recorderKey = KeyOptions.RecorderKey();
        var command = new Command("retract", "Retract a mistaken entry: it stays in the trail but stops counting") { seq, reason, key, recorderKey };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new RetractHandler(context).HandleAsync(
            new RetractHandler.Options(ledger.Location(parse), new SignerKeys(parse.GetValue(key), RecorderKey: parse.GetValue(recorderKey)), parse.GetValue(seq), parse.GetRequiredValue(reason)),
            cancellationToken));
        return command;
    }
}
