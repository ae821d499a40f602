using Governance.Core.Policies;

namespace Governance.Policies.Yaml;

/// <summary>A sequence (YAML list, JSON array).</summary>
internal sealed class YamlSequence : YamlNode
{
    private readonly List<YamlNode> _items = [];

    /// <summary>Creates an empty sequence.</summary>
    public YamlSequence(SourceLocation location)
        : base(location)
    {
    }

    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlNode> Items => _items;

    /// <summary>Appends an item.</summary>
    public void Add(YamlNode item)
    {
        _items.Add(item);
        Size += item.Size;
    }

    /// <inheritdoc />
    public override string Describe() => "a list";
}
