using Governance.Ledger.Storage;

namespace Governance.Ledger.Verification.Subject;

/// <summary>What the fast path read: the verdict on the ledger and, when intact, the entries about the subject.</summary>
/// <param name="Result">Intact (with the ledger's size and head), tampered, or could not verify.</param>
/// <param name="Entries">The entries listed under the subject's keys and their references, in seq order.</param>
public sealed record SubjectRead(VerificationResult Result, IReadOnlyList<StoredEntry> Entries)
{
    /// <summary>The tip commit whose signer vouches for the index (null unless intact).</summary>
    public StoredEntry? Tip { get; init; }
}
