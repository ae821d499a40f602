using Governance.Core.Evidence;

namespace Governance.Events.Projection;

/// <summary>
/// The retraction rule: a <c>record.retracted</c> entry counts when it names an earlier entry and comes from a recorder
/// (no statement) or from the person who signed the original; a restriction a person signed (<see cref="RetractionRule"/>)
/// only that person may take back.
/// </summary>
internal sealed class Retractions
{
    private readonly Dictionary<long, string?> _personOf = [];
    private readonly HashSet<long> _signedRestrictions = [];
    private readonly HashSet<string> _retracted = new(StringComparer.Ordinal);

    /// <summary>Remembers who signed entry <paramref name="seq"/> of this ledger.</summary>
    public void Signed(long seq, string type, string? person)
    {
        _personOf[seq] = person;
        if (person is not null && RetractionRule.OnlySignerRetracts(type))
        {
            _signedRestrictions.Add(seq);
        }
    }

    /// <summary>Applies the retraction at <paramref name="seq"/> of entry <paramref name="target"/>, or says in <paramref name="notes"/> why not.</summary>
    public void Retract(long seq, long target, string? reason, string? person, string reference, List<string> notes)
    {
        if (target < 1 || target >= seq)
        {
            notes.Add($"{reference}: retraction of entry {target} ignored (not an earlier entry)");
            return;
        }

        var original = _personOf.GetValueOrDefault(target);
        if (person is null && _signedRestrictions.Contains(target))
        {
            notes.Add($"{reference}: retraction of entry {target} ignored: {original} signed it, and only {original} may take it back");
            return;
        }

        if (person is not null && person != original)
        {
            notes.Add($"{reference}: retraction of entry {target} by {person} ignored: only a recorder or {original ?? "the recorder"} may retract it");
            return;
        }

        _retracted.Add($"ledger:{target}");
        notes.Add($"{reference}: entry {target} retracted ({reason})");
    }

    /// <summary>The items whose entry was not retracted.</summary>
    public List<T> Live<T>(List<T> items)
        where T : IEvidenceItem =>
        _retracted.Count == 0 ? items : [.. items.Where(i => !_retracted.Contains(i.Origin.Reference))];
}
