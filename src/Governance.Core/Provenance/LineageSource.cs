using Governance.Core.Subjects;

namespace Governance.Core.Provenance;

/// <summary>A source dataset reached from a model, and the stage that consumed it.</summary>
/// <param name="Dataset">The dataset id.</param>
/// <param name="PinnedDigest">The digest the training input pinned (<c>id@sha256:…</c>), if any.</param>
/// <param name="Stage">The training stage that consumed it.</param>
/// <param name="Consumer">The model digest that stage produced.</param>
public sealed record LineageSource(string Dataset, Digest? PinnedDigest, string Stage, Digest Consumer);
