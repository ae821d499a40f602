using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Audit.Report;
using Governance.Ledger.Keys;
using Governance.Ledger.Verification;
using Governance.Ledger.Writing;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

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
            context.Output.WriteLine(VerificationText.Tampered(tampered) + "; nothing exported");
            return ExitCodes.Deny;
        }

        using var keyPair = KeyFiles.Load(context.Resolve(keyPath), keyPath);
        var result = AuditExports.Export(target.Repository, input, keyPair);
        await File.WriteAllBytesAsync(context.Resolve(output), result.Bytes, cancellationToken).ConfigureAwait(false);
        long? seq = null;
        if (record)
        {
            using var session = LedgerSession.Open(context, target, keyPath);
            seq = session.Append([AuditExports.Draft(input, result, session.Actor)])[^1].Seq;
        }

        context.Output.WriteLine(AuditLines.Exported(output, result, seq));
        return ExitCodes.Allow;
    }
}
