using Governance.Core.Subjects;

namespace Governance.Core.Evidence;

/// <summary>A time-boxed exception granted for named rules (or <c>source:&lt;dataset&gt;</c>) of one model digest.</summary>
/// <param name="Rules">Rule ids, and <c>source:&lt;dataset-id&gt;</c> entries for flagged sources.</param>
/// <param name="Digest">The model digest the waiver is scoped to.</param>
/// <param name="Approver">Who granted it.</param>
/// <param name="Teams">Teams the source established the approver belongs to.</param>
/// <param name="Reason">Why.</param>
/// <param name="Time">When it was granted.</param>
/// <param name="Expires">When it stops applying.</param>
/// <param name="Origin">Where it came from and who signed it.</param>
public sealed record WaiverRecord(
    IReadOnlyList<string> Rules,
    Digest Digest,
    string Approver,
    IReadOnlyList<string> Teams,
    string Reason,
    DateTimeOffset Time,
    DateTimeOffset Expires,
    EvidenceOrigin Origin) : IEvidenceItem;
