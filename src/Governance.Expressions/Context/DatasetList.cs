using System.Collections;

namespace Governance.Expressions.Context;

/// <summary><c>Datasets</c>: datasets registered up to the decision time.</summary>
public sealed class DatasetList : IReadOnlyList<Dataset>
{
    private readonly IReadOnlyList<Dataset> _items;

    internal DatasetList(IReadOnlyList<Dataset> items) => _items = items;

    /// <inheritdoc />
    public Dataset this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <summary>True when a dataset with <paramref name="id"/> is registered.</summary>
    public bool Has(string id) => _items.Any(d => d.Id == id);

    /// <inheritdoc />
    public IEnumerator<Dataset> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
