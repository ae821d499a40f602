using System.Text;
using System.Text.Json.Nodes;
using Governance.Audit.Proofs;

namespace Governance.Reporting.Audit;

/// <summary>The human form of a proof.</summary>
public static class ProofText
{
    /// <summary>The proof as lines a person reads, ending with its signed checkpoint and a hint to save it as JSON.</summary>
    /// <param name="proof">A proof as <c>govern audit prove --format json</c> writes it.</param>
    public static string Render(JsonObject proof)
    {
        var text = new StringBuilder();
        if ((string?)proof["kind"] == "inclusion")
        {
            text.AppendLine($"inclusion proof: entry {proof["seq"]} in a ledger of {proof["treeSize"]} entries");
            text.AppendLine($"leaf hash: {proof["leafHash"]}");
        }
        else
        {
            text.AppendLine($"consistency proof: the first {proof["oldSize"]} entries are a prefix of the {proof["treeSize"]} entries");
            text.AppendLine($"old root:  {proof["oldRootHash"]}");
        }

        text.AppendLine($"root hash: {proof["rootHash"]}");
        foreach (var hash in proof["hashes"]!.AsArray())
        {
            text.AppendLine($"  {hash}");
        }

        text.Append("signed checkpoint:\n").Append((string?)proof["checkpoint"]);
        text.Append("(use --format json to save a proof for 'govern audit verify-proof')");
        return text.ToString();
    }

    /// <summary><c>valid: …</c> or <c>INVALID: …</c>, as <c>govern audit verify-proof</c> prints a check.</summary>
    public static string Verdict(ProofCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.IsValid ? $"valid: {check.Summary}" : $"INVALID: {check.Problem}";
    }
}
