using Governance.Core.Subjects;

namespace Governance.Core.Evidence;

/// <summary>A person's approval (or other review state) of a model digest or commit.</summary>
/// <param name="Approver">The person: a GitHub login or a signer principal.</param>
/// <param name="Teams">Teams the source has established the approver belongs to.</param>
/// <param name="Digest">The model digest the approval is bound to, if any.</param>
/// <param name="Commit">The commit a review is bound to (GitHub reviews), if any.</param>
/// <param name="Time">When the approval was given.</param>
/// <param name="State">Approved, changes requested, revoked, dismissed or commented.</param>
/// <param name="Origin">Where it came from and who signed it.</param>
public sealed record ApprovalRecord(
    string Approver,
    IReadOnlyList<string> Teams,
    Digest? Digest,
    string? Commit,
    DateTimeOffset Time,
    ApprovalState State,
    EvidenceOrigin Origin) : IEvidenceItem
{
    /// <summary>A GitHub review of an older commit of the same pull request (counts only with <c>allowStale</c>).</summary>
    public bool IsStale { get; init; }
}
