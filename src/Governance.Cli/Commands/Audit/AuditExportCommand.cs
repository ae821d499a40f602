using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using System.CommandLine;
using Governance.Audit.Report;

namespace Governance.Cli.Commands.Audit;

/// <summary>
/// <c>govern audit export --out bundle.zip --key K [--model M] [--since T] [--no-record]</c>: the reproducible evidence
/// bundle, recorded as a signed <c>audit.exported/v1</c> entry unless <c>--no-record</c>.
/// </summary>
internal static class AuditExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string> output = new("--out") { Description = "The zip to write", Required = true };
        Option<string?> model = new("--model") { Description = "Only this model's entries (and the entries its decisions cite)" };
        Option<string?> since = new("--since") { Description = "Only entries recorded at or after this time (RFC 3339)" };
        Option<string?> key = new("--key") { Description = "Recorder key (PEM): signs the manifest and decision attestations, and records the export" };
        Option<bool> noRecord = new("--no-record") { Description = "Do not record the export in the ledger" };
        var command = new Command("export", "Write a reproducible evidence bundle: ledger, trust, checkpoint, proofs, attestations, report, controls, manifest") { output, model, since, key, noRecord };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var target = ledger.Read(context, parse);
            var keyPath = parse.GetValue(key) ?? throw new WorkflowException("export signs the bundle: pass --key <pem> (the recorder key)");
            var options = new ReportOptions(parse.GetValue(model), AuditOptionValues.Since(parse.GetValue(since)));
            return new AuditExportHandler(context).HandleAsync(target, keyPath, options, parse.GetValue(output)!, !parse.GetValue(noRecord), cancellationToken);
        });
        return command;
    }
}
