using Governance.Workflows.Hosting;
using System.Text;
using Governance.Audit.Report;
using Governance.Ledger.Writing;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Verifies the ledger and writes the self-contained HTML audit report.</summary>
internal sealed class AuditReportHandler(HostContext context)
{
    /// <summary>Writes the report to <paramref name="output"/> (as the user named it) and prints the verdict in a word.</summary>
    public Task<int> HandleAsync(LedgerTarget target, ReportOptions options, string? trustedCheckpoint, string output, CancellationToken cancellationToken)
    {
        var input = Load(context, target, options, trustedCheckpoint);
        cancellationToken.ThrowIfCancellationRequested();
        AuditReports.WriteHtml(context.Resolve(output), input);
        context.Output.WriteLine(AuditLines.ReportWritten(output, input.Snapshot.Entries.Count, VerificationText.Word(input.Verification)));
        return Task.FromResult(ExitCodes.Allow);
    }

    /// <summary>Loads the audit trust and the trusted checkpoint, then reads and verifies the ledger (shared with export).</summary>
    public static ReportInput Load(HostContext context, LedgerTarget target, ReportOptions options, string? trustedCheckpointPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var trust = AuditTrustLoader.Load(target);
        var note = trustedCheckpointPath is null ? null : Encoding.UTF8.GetString(InputFiles.Read(context, trustedCheckpointPath, "checkpoint"));
        return AuditReports.Load(target.Repository, trust, note, options);
    }
}
