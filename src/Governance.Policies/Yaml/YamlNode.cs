using Governance.Core.Policies;

namespace Governance.Policies.Yaml;

/// <summary>A node of a parsed YAML (or JSON) document, with the location where it starts.</summary>
internal abstract class YamlNode
{
    /// <summary>Creates a node.</summary>
    protected YamlNode(SourceLocation location) => Location = location;

    /// <summary>Where the node starts (1-based line and column).</summary>
    public SourceLocation Location { get; }

    /// <summary>Number of nodes in this subtree, counting shared (aliased) subtrees every time they appear.</summary>
    public long Size { get; protected set; } = 1;

    /// <summary>A short name of the node's type for messages: <c>a mapping</c>, <c>a string</c>, …</summary>
    public abstract string Describe();
}
