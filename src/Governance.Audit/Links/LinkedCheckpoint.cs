namespace Governance.Audit.Links;

/// <summary>A checkpoint of another organisation's ledger that our ledger recorded in a <c>trail.linked</c> entry.</summary>
/// <param name="Seq">Our entry.</param>
/// <param name="Origin">Their ledger origin.</param>
/// <param name="Size">Their ledger size.</param>
/// <param name="RootHex">Their Merkle root, hex.</param>
public sealed record LinkedCheckpoint(long Seq, string Origin, long Size, string RootHex);
