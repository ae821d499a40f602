using Governance.Core.Subjects;

namespace Governance.Core.Evidence;

/// <summary>A registered dataset (or external base model registered as a source).</summary>
/// <param name="Id">The dataset id, e.g. <c>ds:support-2026-05</c>.</param>
/// <param name="Digest">Its content digest, when known.</param>
/// <param name="Time">When it was registered.</param>
/// <param name="Origin">Where it came from and who signed it.</param>
public sealed record DatasetRecord(string Id, Digest? Digest, DateTimeOffset Time, EvidenceOrigin Origin) : IEvidenceItem;
