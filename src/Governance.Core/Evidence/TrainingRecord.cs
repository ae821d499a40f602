using Governance.Core.Subjects;

namespace Governance.Core.Evidence;

/// <summary>One training stage: inputs (dataset ids or model digests) produced an output model digest.</summary>
/// <param name="Stage">The stage name, e.g. <c>pretraining</c>, <c>sft</c>, <c>preference</c>.</param>
/// <param name="Inputs">Dataset ids (optionally pinned <c>id@sha256:…</c>) or parent model digests.</param>
/// <param name="Output">The produced model digest.</param>
/// <param name="Time">When the stage completed.</param>
/// <param name="Origin">Where it came from and who signed it.</param>
public sealed record TrainingRecord(
    string Stage,
    IReadOnlyList<string> Inputs,
    Digest Output,
    DateTimeOffset Time,
    EvidenceOrigin Origin) : IEvidenceItem;
