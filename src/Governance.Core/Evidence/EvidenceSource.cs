namespace Governance.Core.Evidence;

/// <summary>Where an evidence item came from.</summary>
public enum EvidenceSource
{
    /// <summary>An evidence file given with <c>--evidence</c>: unsigned.</summary>
    File,

    /// <summary>A signed entry of the audit ledger.</summary>
    Ledger,

    /// <summary>The GitHub API (reviews, team membership).</summary>
    GitHub,
}
