using Governance.Events.Trust;
using YamlDotNet.RepresentationModel;

namespace Governance.Policies.Trust;

/// <summary>
/// Reads <c>.governance/principals.yaml</c> into a <see cref="PrincipalDirectory"/>: which teams each signer principal
/// belongs to, and which principals have the recorder role (trust v2). A principal may also name its GitHub login and
/// other aliases (<c>github: alice-gh</c>, <c>aliases: [alice]</c>); one name must be one person.
/// <code>principals: { alice@acme.example: { teams: [acme/ml-governance] }, ci@acme.example: { recorder: true } }</code>
/// </summary>
public static class PrincipalsReader
{
    /// <summary>Parses the file; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FormatException">The file is not valid YAML or not a principals mapping, or one name is two people (<c>source:line:col: message</c>).</exception>
    public static PrincipalDirectory Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new FormatException($"{source}:{ex.Start.Line}:{ex.Start.Column}: {ex.Message}");
        }

        var result = new Dictionary<string, Principal>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return PrincipalDirectory.Empty;
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("principals"), out var node) || node is not YamlMappingNode principals)
        {
            throw new FormatException($"{source}:{root.Start.Line}:{root.Start.Column}: expected a 'principals' mapping");
        }

        foreach (var (key, value) in principals.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            var teams = new List<string>();
            var recorder = false;
            if (value is YamlMappingNode map)
            {
                if (map.Children.TryGetValue(new YamlScalarNode("teams"), out var t) && t is YamlSequenceNode list)
                {
                    teams.AddRange(list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? ""));
                }

                recorder = map.Children.TryGetValue(new YamlScalarNode("recorder"), out var r) && r is YamlScalarNode { Value: "true" };
                foreach (var alias in Aliases(map))
                {
                    AddAlias(aliases, alias, name, source);
                }
            }

            result[name] = new Principal(name, teams, recorder);
        }

        foreach (var (alias, owner) in aliases)
        {
            if (result.ContainsKey(alias) && alias != owner)
            {
                throw new FormatException($"{source}: '{alias}' is a principal and an alias of {owner}; one name must be one person");
            }
        }

        return new PrincipalDirectory(result.Values, aliases);
    }

    /// <summary>The <c>github</c> login and the <c>aliases</c> of a principal's entry.</summary>
    private static IEnumerable<YamlScalarNode> Aliases(YamlMappingNode map)
    {
        if (map.Children.TryGetValue(new YamlScalarNode("github"), out var login) && login is YamlScalarNode { Value.Length: > 0 } scalar)
        {
            yield return scalar;
        }

        if (map.Children.TryGetValue(new YamlScalarNode("aliases"), out var aliases) && aliases is YamlSequenceNode list)
        {
            foreach (var alias in list.Children.OfType<YamlScalarNode>().Where(a => a.Value is { Length: > 0 }))
            {
                yield return alias;
            }
        }
    }

    private static void AddAlias(Dictionary<string, string> aliases, YamlScalarNode alias, string principal, string source)
    {
        var name = alias.Value!;
        if (aliases.TryGetValue(name, out var other) && other != principal)
        {
            throw new FormatException($"{source}:{alias.Start.Line}:{alias.Start.Column}: '{name}' is already a name of {other}; one name must be one person");
        }

        aliases[name] = principal;
    }
}
