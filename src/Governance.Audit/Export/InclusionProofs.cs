using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;
using Governance.Ledger.Merkle;
using Governance.Ledger.Storage;

namespace Governance.Audit.Export;

/// <summary>
/// RFC 9162 inclusion proofs for many entries at once: the tree's levels are built once (an odd last node is promoted,
/// which gives the RFC's tree), then each proof is O(log n). One canonical JSON object per line.
/// </summary>
public static class InclusionProofs
{
    /// <summary>The most proofs an export carries (the newest exported entries); the ledger in the bundle proves the rest.</summary>
    public const int Limit = 10_000;

    /// <summary>Formats the proofs of <paramref name="selected"/> against the tree of all <paramref name="entries"/>.</summary>
    public static byte[] Format(IReadOnlyList<StoredEntry> entries, IEnumerable<StoredEntry> selected)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var levels = new List<byte[][]> { entries.Select(e => MerkleHash.Leaf(e.Entry.CanonicalBytes.Span)).ToArray() };
        while (levels[^1].Length > 1)
        {
            var below = levels[^1];
            var level = new byte[(below.Length + 1) / 2][];
            for (var i = 0; i < level.Length; i++)
            {
                level[i] = 2 * i + 1 < below.Length ? MerkleHash.Node(below[2 * i], below[(2 * i) + 1]) : below[2 * i];
            }

            levels.Add(level);
        }

        using var output = new MemoryStream();
        foreach (var stored in selected)
        {
            var index = stored.Entry.Seq - 1;
            var path = new JsonArray();
            var m = index;
            foreach (var level in levels.Take(levels.Count - 1))
            {
                var sibling = m ^ 1;
                if (sibling < level.Length)
                {
                    path.Add(Convert.ToHexStringLower(level[sibling]));
                }

                m >>= 1;
            }

            var line = new JsonObject
            {
                ["seq"] = stored.Entry.Seq,
                ["leafIndex"] = index,
                ["treeSize"] = entries.Count,
                ["leafHash"] = Convert.ToHexStringLower(levels[0][index]),
                ["entry"] = stored.Entry.Digest,
                ["commit"] = stored.CommitId,
                ["path"] = path,
            };
            output.Write(JsonCanonicalizer.Canonicalize(line));
            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }
}
