using Governance.Policies.Yaml;

namespace Governance.Policies.Lint;

/// <summary>Finds nodes of a parsed document by a path of keys and indexes, for locating semantic diagnostics.</summary>
internal sealed class NodeFinder(YamlNode root)
{
    /// <summary>The node at the path from the root, or null.</summary>
    public YamlNode? At(params object[] path)
    {
        YamlNode? node = root;
        foreach (var step in path)
        {
            node = step is int index ? Item(node, index) : At(node, (string)step);
        }

        return node;
    }

    /// <summary>The value of <paramref name="key"/> in <paramref name="node"/> when it is a mapping.</summary>
    public static YamlNode? At(YamlNode? node, string key) =>
        node is YamlMapping mapping && mapping.TryGet(key, out var value) ? value : null;

    private static YamlNode? Item(YamlNode? node, int index) =>
        node is YamlSequence sequence && index < sequence.Items.Count ? sequence.Items[index] : null;
}
