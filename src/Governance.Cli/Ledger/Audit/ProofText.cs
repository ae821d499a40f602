using System.Text;
using System.Text.Json.Nodes;

namespace Governance.Cli.Ledger.Audit;

/// <summary>The human form of a proof.</summary>
internal static class ProofText
{
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
}
