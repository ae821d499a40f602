using System.CommandLine;
using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;

namespace Governance.Cli.Commands.Import;

/// <summary><c>govern import llm-audit-trail|lm-eval</c>: bring foreign trails and evaluation results into the signed ledger.</summary>
internal static class ImportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var command = new Command("import", "Import an llm-audit-trail JSONL trail (verified first) or evaluation results into the ledger");
        command.Subcommands.Add(Trail(context));
        command.Subcommands.Add(LmEval(context));
        return command;
    }

    private static Command Trail(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Argument<string> file = new("file") { Description = "The trail (JSONL, as llm-audit-trail writes it)" };
        Option<string?> anchor = new("--anchor") { Description = "Anchor file (write_anchor's JSON) the trail must still contain: detects truncation" };
        Option<string?> hmac = new("--hmac-key-env") { Description = "Require an HMAC-SHA256 chain keyed with this environment variable's value (a record claiming plain SHA-256 fails)" };
        var key = KeyOptions.Recorder();
        var command = new Command("llm-audit-trail", "Verify an llm-audit-trail exactly as its verifier does (algorithm from here, never from the records), then import its new events; exit 1 and import nothing if it fails")
        {
            file, anchor, hmac, key,
        };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new ImportHandler(context).TrailAsync(
            new ImportHandler.TrailOptions(ledger.Location(parse), parse.GetRequiredValue(file), parse.GetValue(anchor), parse.GetValue(hmac), parse.GetValue(key)), cancellationToken));
        return command;
    }

    private static Command LmEval(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Argument<string> file = new("file") { Description = "lm-evaluation-harness results.json, or {\"metrics\": {name: number}}" };
        Option<string> model = new("--model") { Description = "Model name", Required = true };
        Option<string> digest = new("--digest") { Description = "The evaluated model digest (sha256:…)", Required = true };
        var key = KeyOptions.Recorder();
        var command = new Command("lm-eval", "Record each metric of an evaluation results file as evaluation.recorded (<task>/<metric>)") { file, model, digest, key };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new ImportHandler(context).LmEvalAsync(
            new ImportHandler.LmEvalOptions(ledger.Location(parse), parse.GetRequiredValue(file), parse.GetRequiredValue(model), parse.GetRequiredValue(digest), parse.GetValue(key)), cancellationToken));
        return command;
    }
}
