using System.Diagnostics.CodeAnalysis;
using Governance.Core.Policies;

namespace Governance.Policies.Yaml;

/// <summary>A mapping (YAML map, JSON object) with unique scalar keys, in file order.</summary>
internal sealed class YamlMapping : YamlNode
{
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = [];

    /// <summary>Creates an empty mapping.</summary>
    public YamlMapping(SourceLocation location)
        : base(location)
    {
    }

    /// <summary>Entries in file order.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries => _entries;

    /// <summary>The key node named <paramref name="key"/>, if present.</summary>
    public YamlScalar? FindKey(string key)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Key;
            }
        }

        return null;
    }

    /// <summary>Looks up a value by key.</summary>
    public bool TryGet(string key, [NotNullWhen(true)] out YamlNode? value)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key.Value == key)
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Appends an entry; the caller has checked the key is new.</summary>
    public void Add(YamlScalar key, YamlNode value)
    {
        _entries.Add(new(key, value));
        Size += key.Size + value.Size;
    }

    /// <inheritdoc />
    public override string Describe() => "a mapping";
}
