namespace Governance.Core.Evidence;

/// <summary>A dataset found harmful: models trained on it are blocked by <c>denyFlaggedSources</c>.</summary>
/// <param name="Dataset">The flagged dataset id.</param>
/// <param name="Reason">Why it was flagged.</param>
/// <param name="Time">When it was flagged.</param>
/// <param name="Origin">Where it came from and who signed it.</param>
/// <param name="Cleared">When the flag was lifted (<c>govern unflag</c>), if it was.</param>
public sealed record DatasetFlag(
    string Dataset,
    string Reason,
    DateTimeOffset Time,
    EvidenceOrigin Origin,
    DateTimeOffset? Cleared = null) : IEvidenceItem;
