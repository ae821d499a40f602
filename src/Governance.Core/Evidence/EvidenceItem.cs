namespace Governance.Core.Evidence;

/// <summary>Common shape of every evidence item: its origin and the time it was made.</summary>
public interface IEvidenceItem
{
    /// <summary>Where the item came from.</summary>
    EvidenceOrigin Origin { get; }

    /// <summary>When the fact was recorded (UTC).</summary>
    DateTimeOffset Time { get; }
}
