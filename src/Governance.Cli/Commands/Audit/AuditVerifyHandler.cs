using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Cli.Reporting;
using Governance.Ledger.Verification;
using Governance.Ledger.Writing;

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
        var result = new LedgerVerifier(trust.Signers, new LedgerVerifierOptions(TrustedCheckpointNote: note) { Clock = context.Time }).Verify(target.Repository);
        switch (result)
        {
            case VerificationResult.Intact intact:
                context.Output.WriteLine(intact.Head is { } head
                    ? $"intact: {intact.Size} entries, root {Convert.ToHexStringLower(head.RootHash.Span)} ({head.Origin}); signers from {trust.Source}"
                    : "intact: the ledger is empty");
                if (note is not null)
                {
                    context.Output.WriteLine("consistent with the trusted checkpoint");
                }

                break;
            case VerificationResult.Tampered tampered:
                context.Output.WriteLine($"TAMPERED at entry {tampered.Seq}: {TamperKindText.Of(tampered.Kind)}: {tampered.Message}");
                break;
            case VerificationResult.CouldNotVerify failed:
                context.Error.WriteLine($"govern: could not verify: {failed.Message}");
                break;
        }

        return Task.FromResult(result.ExitCode);
    }
}
