using Governance.Ledger.Storage;

namespace Governance.Ledger.Evidence;

/// <summary>
/// Reads the trails this ledger links to (kept under <c>refs/governance/linked/</c> by the audit tooling), so lineage can
/// follow a base model into another organisation's trail. Implemented by the host that owns linking.
/// </summary>
public interface ILinkedTrailReader
{
    /// <summary>The newest link per origin among <paramref name="links"/> (<c>trail.linked</c> entries), with its trail's entries.</summary>
    IReadOnlyList<LinkedTrail> Read(string repository, IReadOnlyList<StoredEntry> links);

    /// <summary>
    /// The subject-index keys the linked trails of <paramref name="entries"/> are about or refer to: a decision whose
    /// lineage runs into a linked trail must also read what this ledger recorded about those.
    /// </summary>
    IReadOnlyList<string> Seeds(string repository, IEnumerable<StoredEntry> entries);
}
