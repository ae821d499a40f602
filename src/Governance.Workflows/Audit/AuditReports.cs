using System.Text;
using Governance.Audit.Report;
using Governance.Audit.Trail;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Audit;

/// <summary>What <c>govern audit report</c> and <c>audit export</c> share: read and verify the ledger into a <see cref="ReportInput"/>.</summary>
public static class AuditReports
{
    /// <summary>Verifies the ledger under <paramref name="trust"/> (and <paramref name="trustedCheckpoint"/> when given) and reads it.</summary>
    /// <param name="repository">The repository holding the ledger.</param>
    /// <param name="trust">The trust files as loaded for an audit.</param>
    /// <param name="trustedCheckpoint">A checkpoint note the ledger must be consistent with, or null.</param>
    /// <param name="options">What the report covers.</param>
    /// <exception cref="WorkflowException">The ledger cannot be read (exit 2).</exception>
    public static ReportInput Load(string repository, AuditTrust trust, string? trustedCheckpoint, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(trust);
        var verification = TrailVerification.Verify(repository, trust, trustedCheckpoint);
        TrailSnapshot snapshot;
        try
        {
            snapshot = TrailSnapshot.Read(repository);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex.GetType().Namespace == "LibGit2Sharp")
        {
            throw new WorkflowException($"{repository}: {ex.Message}");
        }

        var checkpoint = trustedCheckpoint is null ? null : TrailVerification.OpenCheckpoint(trustedCheckpoint, trust);
        return new ReportInput(snapshot, verification, trust, checkpoint, options);
    }

    /// <summary>Writes the self-contained HTML report to <paramref name="path"/> (UTF-8, no byte-order mark).</summary>
    public static void WriteHtml(string path, ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(input);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        AuditReport.Write(writer, input);
    }
}
