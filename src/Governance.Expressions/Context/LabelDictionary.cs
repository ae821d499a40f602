using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Governance.Expressions.Context;

/// <summary>Read-only model labels. Unlike a plain dictionary, a missing key reads as the empty string, so
/// <c>Model.Labels["size"] == "xl"</c> is simply false for an unlabelled model.</summary>
public sealed class LabelDictionary : IReadOnlyDictionary<string, string>
{
    private readonly IReadOnlyDictionary<string, string> _labels;

    internal LabelDictionary(IReadOnlyDictionary<string, string> labels) => _labels = labels;

    /// <summary>The label's value, or <c>""</c> when the model has no such label.</summary>
    public string this[string key] => _labels.TryGetValue(key, out var value) ? value : "";

    /// <inheritdoc />
    public IEnumerable<string> Keys => _labels.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _labels.Values;

    /// <inheritdoc />
    public int Count => _labels.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _labels.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _labels.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _labels.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
