using Governance.Workflows.Hosting;
using System.Text;
using Governance.Audit.Proofs;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Reads a saved proof and the files it is checked against, and prints the verdict.</summary>
internal sealed class AuditVerifyProofHandler(HostContext context)
{
    /// <summary>Verifies the proof at <paramref name="path"/>; exit 0 valid, 1 invalid, 2 unreadable.</summary>
    public Task<int> HandleAsync(string path, string? allowedSigners, string? trustedCheckpoint, CancellationToken cancellationToken)
    {
        var proof = ProofFiles.Parse(InputFiles.Read(context, path, "proof"), path);
        var store = allowedSigners is { } file ? ProofFiles.Signers(InputFiles.Read(context, file, "allowed signers")) : null;
        var oldNote = trustedCheckpoint is { } t ? Encoding.UTF8.GetString(InputFiles.Read(context, t, "checkpoint")) : null;
        cancellationToken.ThrowIfCancellationRequested();
        var check = ProofVerifier.Check(proof, store, oldNote);
        context.Output.WriteLine(ProofText.Verdict(check));
        return Task.FromResult(check.IsValid ? ExitCodes.Allow : ExitCodes.Deny);
    }
}
