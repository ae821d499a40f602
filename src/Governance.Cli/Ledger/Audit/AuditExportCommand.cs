using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Audit.Export;
using Governance.Audit.Report;
using Governance.Audit.Signing;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Verification;

namespace Governance.Cli.Ledger.Audit;

/// <summary>
/// <c>govern audit export --out bundle.zip --key K [--model M] [--since T] [--no-record]</c>: the reproducible evidence
/// bundle, recorded as a signed <c>audit.exported/v1</c> entry unless <c>--no-record</c>.
/// </summary>
internal static class AuditExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string> output = new("--out") { Description = "The zip to write", Required = true };
        Option<string?> model = new("--model") { Description = "Only this model's entries (and the entries its decisions cite)" };
        Option<string?> since = new("--since") { Description = "Only entries recorded at or after this time (RFC 3339)" };
        Option<string?> key = new("--key") { Description = "Recorder key (PEM): signs the manifest and decision attestations, and records the export" };
        Option<bool> noRecord = new("--no-record") { Description = "Do not record the export in the ledger" };
        var command = new Command("export", "Write a reproducible evidence bundle: ledger, trust, checkpoint, proofs, attestations, report, controls, manifest") { output, model, since, key, noRecord };
        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var target = ledger.Read(context, parse);
            var keyPath = parse.GetValue(key) ?? throw new CliException("export signs the bundle: pass --key <pem> (the recorder key)");
            var options = new ReportOptions(parse.GetValue(model), AuditReportCommand.Since(parse.GetValue(since)));
            var input = AuditReportCommand.Load(context, target, options, null);
            if (input.Verification is VerificationResult.Tampered tampered)
            {
                context.Output.WriteLine($"TAMPERED at entry {tampered.Seq}: {AuditVerifyCommand.Kind(tampered.Kind)}: {tampered.Message}; nothing exported");
                return ExitCodes.Deny;
            }

            using var keyPair = KeyFiles.Load(context.Resolve(keyPath), keyPath);
            ExportResult result;
            try
            {
                result = BundleExporter.Export(target.Repository, input, new DeterministicSigner(keyPair));
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException)
            {
                throw new CliException(ex.Message);
            }

            var path = context.Resolve(parse.GetValue(output)!);
            File.WriteAllBytes(path, result.Bytes);
            var recorded = "";
            if (!parse.GetValue(noRecord))
            {
                recorded = "; recorded as entry " + Record(context, target, keyPath, input, options, result).ToString(CultureInfo.InvariantCulture);
            }

            context.Output.WriteLine($"wrote {parse.GetValue(output)} {result.Digest} ({result.Files} files, {result.Entries} entries, {result.Decisions} decision attestations){recorded}");
            return 0;
        });
        return command;
    }

    private static long Record(CliContext context, LedgerTarget target, string keyPath, ReportInput input, ReportOptions options, ExportResult result)
    {
        var head = input.Snapshot.Head!;
        var payload = new JsonObject
        {
            ["bundle"] = result.Digest,
            ["size"] = head.Size,
            ["root"] = Convert.ToHexStringLower(head.RootHash.Span),
            ["files"] = result.Files,
            ["entries"] = result.Entries,
            ["decisions"] = result.Decisions,
        };
        if (options.Model is { } m)
        {
            payload["model"] = m;
        }

        if (options.Since is { } s)
        {
            payload["since"] = s.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        using var session = LedgerSession.Open(context, target, keyPath);
        return session.Append([new EntryDraft(EntryTypes.AuditExported, session.Actor, new EntrySubject(Model: options.Model), payload)])[^1].Seq;
    }
}
