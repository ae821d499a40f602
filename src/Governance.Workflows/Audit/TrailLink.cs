namespace Governance.Workflows.Audit;

/// <summary>What <c>govern audit link</c> did, for its renderer.</summary>
/// <param name="Origin">The linked ledger's origin.</param>
/// <param name="Size">The linked ledger's size at the link.</param>
/// <param name="RootHex">Its Merkle root, lower-case hex.</param>
/// <param name="Previous">The entry of the earlier link of this origin the new one is consistent with, if any.</param>
/// <param name="Seq">The <c>trail.linked/v1</c> entry recorded; null when <paramref name="Problem"/> stopped the link.</param>
/// <param name="Problem">Why the bundle is inconsistent with the earlier link (nothing was kept or recorded), or null.</param>
public sealed record TrailLink(string Origin, long Size, string RootHex, long? Previous, long? Seq, string? Problem);
