using System.Collections;

namespace Governance.Expressions.Context;

/// <summary><c>Approvals</c>: the subject's valid approvals, one per person.</summary>
public sealed class ApprovalList : IReadOnlyList<Approval>
{
    private readonly IReadOnlyList<Approval> _items;

    internal ApprovalList(IReadOnlyList<Approval> items) => _items = items;

    /// <inheritdoc />
    public Approval this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <summary>The approvals by members of <paramref name="team"/> (case-insensitive).</summary>
    public IReadOnlyList<Approval> From(string team) =>
        [.. _items.Where(a => a.Teams.Any(t => string.Equals(t, team, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>True when <paramref name="person"/> approved (case-insensitive).</summary>
    public bool By(string person) => _items.Any(a => string.Equals(a.Approver, person, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public IEnumerator<Approval> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
