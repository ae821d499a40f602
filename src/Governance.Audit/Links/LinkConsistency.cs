using Governance.Audit.Trail;
using Governance.Ledger.Merkle;

namespace Governance.Audit.Links;

/// <summary>
/// Checks a newly verified trail against the checkpoint we linked earlier for the same origin: an RFC 9162 consistency
/// proof from the old size to the new one must verify, so a later bundle can only extend what we linked.
/// </summary>
public static class LinkConsistency
{
    /// <summary>Null when consistent; otherwise why (<c>rollback</c> or <c>fork</c>).</summary>
    public static string? Check(LinkedCheckpoint earlier, TrailSnapshot later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var head = later.Head!;
        if (head.Origin != earlier.Origin)
        {
            return null;
        }

        if (head.Size < earlier.Size)
        {
            return $"rollback: {earlier.Origin} was linked at size {earlier.Size} (entry {earlier.Seq}); this bundle ends at {head.Size}";
        }

        var leaves = later.Entries.Select(e => MerkleHash.Leaf(e.Entry.CanonicalBytes.Span)).ToList();
        var oldRoot = Convert.FromHexString(earlier.RootHex);
        var proof = earlier.Size == head.Size ? [] : MerkleTree.ConsistencyProof(leaves, earlier.Size, head.Size);
        var consistent = earlier.Size == head.Size
            ? oldRoot.AsSpan().SequenceEqual(head.RootHash.Span)
            : MerkleProof.VerifyConsistency(earlier.Size, head.Size, oldRoot, head.RootHash.Span, proof);
        return consistent ? null
            : $"fork: this bundle's ledger is not consistent with the checkpoint of {earlier.Origin} linked at entry {earlier.Seq} (size {earlier.Size}, root {earlier.RootHex})";
    }
}
