namespace Governance.Ledger.Storage;

/// <summary>A commit as read from the object database: what was signed, the signature, and its links.</summary>
/// <param name="Id">The commit id.</param>
/// <param name="SignedData">The commit bytes without the signature header (null when unsigned).</param>
/// <param name="Signature">The armored <c>gpgsig</c> value, or null when unsigned.</param>
/// <param name="TreeId">The tree id.</param>
/// <param name="Parents">Parent ids.</param>
/// <param name="CommitterTime">Committer time (Unix seconds).</param>
internal sealed record RawCommit(string Id, byte[]? SignedData, string? Signature, string TreeId, IReadOnlyList<string> Parents, long CommitterTime);
