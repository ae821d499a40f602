using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Ledger.Trust;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Audit;

/// <summary><c>govern audit verify-proof</c>: a saved proof and the allowed signers it is checked against, read from their files.</summary>
public static class ProofFiles
{
    /// <summary>Parses the proof file's bytes; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="WorkflowException">Not JSON (with line and column) or not an object (exit 2).</exception>
    public static JsonObject Parse(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return JsonNode.Parse(bytes) as JsonObject ?? throw new WorkflowException($"{path}: not a proof object");
        }
        catch (JsonException ex)
        {
            throw new WorkflowException($"{path}:{ex.LineNumber + 1}:{ex.BytePositionInLine + 1}: invalid JSON");
        }
    }

    /// <summary>The allowed_signers file's bytes as a trust store (the keys a proof's checkpoint may be signed by).</summary>
    public static TrustStore Signers(byte[] allowedSigners)
    {
        ArgumentNullException.ThrowIfNull(allowedSigners);
        return TrustStore.Parse(Encoding.UTF8.GetString(allowedSigners));
    }
}
