using Governance.Workflows.Hosting;
using System.Globalization;
using System.Text;
using Governance.Audit.Report;
using Governance.Audit.Trail;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Cli.Ledger.Audit;
using Governance.Ledger.Writing;

namespace Governance.Cli.Commands.Audit;

/// <summary>Verifies the ledger and writes the self-contained HTML audit report.</summary>
internal sealed class AuditReportHandler(HostContext context)
{
    /// <summary>Writes the report to <paramref name="output"/> (as the user named it) and prints the verdict in a word.</summary>
    public Task<int> HandleAsync(LedgerTarget target, ReportOptions options, string? trustedCheckpoint, string output, CancellationToken cancellationToken)
    {
        var input = Load(context, target, options, trustedCheckpoint);
        cancellationToken.ThrowIfCancellationRequested();
        var path = context.Resolve(output);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            AuditReport.Write(writer, input);
        }

        context.Output.WriteLine($"wrote {output}: {input.Snapshot.Entries.Count} entries, verdict {Verdict(input)}");
        return Task.FromResult(ExitCodes.Allow);
    }

    /// <summary>Reads, verifies and bundles what a report needs (shared with export).</summary>
    public static ReportInput Load(HostContext context, LedgerTarget target, ReportOptions options, string? trustedCheckpointPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var trust = AuditTrustLoader.Load(target);
        var note = trustedCheckpointPath is null ? null : Encoding.UTF8.GetString(InputFiles.Read(context, trustedCheckpointPath, "checkpoint"));
        var verification = TrailVerification.Verify(target.Repository, trust, note);
        TrailSnapshot snapshot;
        try
        {
            snapshot = TrailSnapshot.Read(target.Repository);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex.GetType().Namespace == "LibGit2Sharp")
        {
            throw new WorkflowException($"{target.Repository}: {ex.Message}");
        }

        return new ReportInput(snapshot, verification, trust, note is null ? null : TrailVerification.OpenCheckpoint(note, trust), options);
    }

    /// <summary>Parses <c>--since</c>.</summary>
    public static DateTimeOffset? Since(string? text) => text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime()
        : throw new WorkflowException($"--since: '{text}' is not an RFC 3339 time");

    /// <summary>The verdict in a word.</summary>
    public static string Verdict(ReportInput input) => input.Verification switch
    {
        Governance.Ledger.Verification.VerificationResult.Intact => "intact",
        Governance.Ledger.Verification.VerificationResult.Tampered t => $"TAMPERED at entry {t.Seq}",
        _ => "could not verify",
    };
}
