using Governance.Testing.Files;
using YamlDotNet.RepresentationModel;

namespace Governance.Cli.Tests.GitHub;

/// <summary>The repository's <c>action.yml</c>: input defaults, outputs and composite steps, as the runner reads them.</summary>
internal sealed class CompositeAction
{
    private CompositeAction(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static CompositeAction Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepositoryRoot.Combine("action.yml"));
        stream.Load(reader);
        return new CompositeAction((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public Dictionary<string, string> InputDefaults() =>
        Map("inputs").Children.ToDictionary(
            p => Text(p.Key),
            p => ((YamlMappingNode)p.Value).Children.TryGetValue(new YamlScalarNode("default"), out var d) ? Text(d) : "",
            StringComparer.Ordinal);

    public Dictionary<string, string> OutputValues() =>
        Map("outputs").Children.ToDictionary(p => Text(p.Key), p => Text(((YamlMappingNode)p.Value)[new YamlScalarNode("value")]), StringComparer.Ordinal);

    public IReadOnlyList<Step> Steps() =>
        [.. ((YamlSequenceNode)((YamlMappingNode)Root[new YamlScalarNode("runs")])[new YamlScalarNode("steps")]).Children
            .Cast<YamlMappingNode>()
            .Select(s => new Step(
                Get(s, "id"),
                Get(s, "if"),
                Get(s, "run"),
                Get(s, "uses"),
                Get(s, "shell"),
                Get(s, "working-directory"),
                Pairs(s, "env"),
                Get(s, "name"),
                Pairs(s, "with")))];

    private static Dictionary<string, string> Pairs(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode(key), out var map)
            ? ((YamlMappingNode)map).Children.ToDictionary(p => Text(p.Key), p => Text(p.Value), StringComparer.Ordinal)
            : [];

    private YamlMappingNode Map(string name) => (YamlMappingNode)Root[new YamlScalarNode(name)];

    private static string? Get(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? Text(value) : null;

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    /// <summary>One composite step.</summary>
    internal sealed record Step(string? Id, string? If, string? Run, string? Uses, string? Shell, string? WorkingDirectory, Dictionary<string, string> Env, string? Name, Dictionary<string, string> With);
}
