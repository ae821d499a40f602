using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Ledger.Writing;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Verifies the whole ledger under the trusted signers, and against a trusted checkpoint when given.</summary>
internal sealed class AuditVerifyHandler(HostContext context)
{
    /// <summary>Prints intact (exit 0), the first tampered entry (exit 1) or why it could not verify (exit 2).</summary>
    public Task<int> HandleAsync(LedgerTarget target, string? trustedCheckpoint, CancellationToken cancellationToken)
    {
        var trust = PrincipalsFile.LoadTrust(target);
        string? note = trustedCheckpoint is { } path ? System.Text.Encoding.UTF8.GetString(InputFiles.Read(context, path, "checkpoint")) : null;
        cancellationToken.ThrowIfCancellationRequested();
        var result = LedgerAudit.Verify(target.Repository, trust, note, context.Time);
        VerificationText.Write(context.Output, context.Error, result, trust.Source, note is not null);
        return Task.FromResult(result.ExitCode);
    }
}
