namespace Governance.Ledger.Index;

/// <summary>One entry to list in the index: its keys, seq and commit id.</summary>
/// <param name="Keys">The entry's subject keys (<see cref="SubjectKeys.Of"/>).</param>
/// <param name="Seq">The entry's seq.</param>
/// <param name="CommitId">The commit holding the entry.</param>
internal sealed record IndexAddition(IReadOnlyList<string> Keys, long Seq, string CommitId);
