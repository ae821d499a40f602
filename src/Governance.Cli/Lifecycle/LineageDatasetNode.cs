namespace Governance.Cli.Lifecycle;

/// <summary>A source dataset of one training stage.</summary>
/// <param name="Id">The dataset id.</param>
/// <param name="Pinned">The digest the stage pinned (<c>id@sha256:…</c>), if any.</param>
/// <param name="Weight">Its mix weight in the stage, if recorded.</param>
/// <param name="Replay">True when the stage replayed it from an earlier stage.</param>
/// <param name="Flagged">True while an uncleared flag names it.</param>
/// <param name="Notes">Registration, flags, attestations and source waivers.</param>
internal sealed record LineageDatasetNode(string Id, string? Pinned, double? Weight, bool Replay, bool Flagged, IReadOnlyList<LineageNote> Notes);
