using Governance.Workflows.Hosting;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Audit.Proofs;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Trust;

namespace Governance.Cli.Commands.Audit;

/// <summary>Reads a saved proof and the files it is checked against, and prints the verdict.</summary>
internal sealed class AuditVerifyProofHandler(HostContext context)
{
    /// <summary>Verifies the proof at <paramref name="path"/>; exit 0 valid, 1 invalid, 2 unreadable.</summary>
    public Task<int> HandleAsync(string path, string? allowedSigners, string? trustedCheckpoint, CancellationToken cancellationToken)
    {
        JsonObject proof;
        try
        {
            proof = JsonNode.Parse(InputFiles.Read(context, path, "proof")) as JsonObject ?? throw new WorkflowException($"{path}: not a proof object");
        }
        catch (JsonException ex)
        {
            throw new WorkflowException($"{path}:{ex.LineNumber + 1}:{ex.BytePositionInLine + 1}: invalid JSON");
        }

        var store = allowedSigners is { } file ? TrustStore.Parse(Encoding.UTF8.GetString(InputFiles.Read(context, file, "allowed signers"))) : null;
        var oldNote = trustedCheckpoint is { } t ? Encoding.UTF8.GetString(InputFiles.Read(context, t, "checkpoint")) : null;
        cancellationToken.ThrowIfCancellationRequested();
        var check = ProofVerifier.Check(proof, store, oldNote);
        context.Output.WriteLine(check.IsValid ? $"valid: {check.Summary}" : $"INVALID: {check.Problem}");
        return Task.FromResult(check.IsValid ? ExitCodes.Allow : ExitCodes.Deny);
    }
}
