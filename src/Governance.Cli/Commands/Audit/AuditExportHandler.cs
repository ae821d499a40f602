using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Audit.Export;
using Governance.Audit.Report;
using Governance.Audit.Signing;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Cli.Reporting;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Verification;
using Governance.Ledger.Writing;

namespace Governance.Cli.Commands.Audit;

/// <summary>Writes the reproducible evidence bundle and, unless told not to, records the export as a signed entry.</summary>
internal sealed class AuditExportHandler(HostContext context)
{
    /// <summary>Exports to <paramref name="output"/>; a tampered ledger exports nothing (exit 1).</summary>
    public async Task<int> HandleAsync(LedgerTarget target, string keyPath, ReportOptions options, string output, bool record, CancellationToken cancellationToken)
    {
        var input = AuditReportHandler.Load(context, target, options, null);
        if (input.Verification is VerificationResult.Tampered tampered)
        {
            context.Output.WriteLine($"TAMPERED at entry {tampered.Seq}: {TamperKindText.Of(tampered.Kind)}: {tampered.Message}; nothing exported");
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
            throw new WorkflowException(ex.Message);
        }

        await File.WriteAllBytesAsync(context.Resolve(output), result.Bytes, cancellationToken).ConfigureAwait(false);
        var recorded = record ? "; recorded as entry " + Record(context, target, keyPath, input, options, result).ToString(CultureInfo.InvariantCulture) : "";
        context.Output.WriteLine($"wrote {output} {result.Digest} ({result.Files} files, {result.Entries} entries, {result.Decisions} decision attestations){recorded}");
        return ExitCodes.Allow;
    }

    private static long Record(HostContext context, LedgerTarget target, string keyPath, ReportInput input, ReportOptions options, ExportResult result)
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
