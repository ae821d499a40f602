using System.Collections;

namespace Governance.Expressions.Context;

/// <summary><c>Flags</c>: dataset flags active at the decision time (on any dataset).</summary>
public sealed class FlagList : IReadOnlyList<Flag>
{
    private readonly IReadOnlyList<Flag> _items;

    internal FlagList(IReadOnlyList<Flag> items) => _items = items;

    /// <inheritdoc />
    public Flag this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <summary>True when <paramref name="dataset"/> carries an active flag.</summary>
    public bool Has(string dataset) => _items.Any(f => f.Dataset == dataset);

    /// <inheritdoc />
    public IEnumerator<Flag> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
