using Governance.Cli.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Governance.Cli.Ledger;

/// <summary>
/// <c>.governance/principals.yaml</c>: which teams each signer principal belongs to, and which principals have the
/// recorder role (trust v2): only a recorder's key may write ledger commits and checkpoints, and relay facts made
/// elsewhere (file evidence, GitHub reviews). Everyone else is a person, who only signs statements.
/// <code>principals: { alice@acme.example: { teams: [acme/ml-governance] }, ci@acme.example: { recorder: true } }</code>
/// A principal may also name its GitHub login and other aliases (<c>github: alice-gh</c>, <c>aliases: [alice]</c>), so
/// one person counts once whatever name a source uses (DESIGN §5 Identities).
/// </summary>
internal sealed class PrincipalDirectory
{
    private readonly Dictionary<string, (IReadOnlyList<string> Teams, bool Recorder)> _principals;

    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);

    private PrincipalDirectory(Dictionary<string, (IReadOnlyList<string>, bool)> principals) => _principals = principals;

    /// <summary>Every principal named in the file.</summary>
    public IEnumerable<string> Names => _principals.Keys;

    /// <summary>The principal a GitHub login or alias belongs to, or null.</summary>
    public string? PrincipalOf(string name) =>
        _principals.ContainsKey(name) ? name : _aliases.TryGetValue(name, out var principal) ? principal : null;

    /// <summary>The identities for evaluation: every alias and GitHub login mapped to its principal.</summary>
    public Core.Evidence.IdentityMap Identities() => new(_aliases, _principals.Keys);

    /// <summary>No principals: nobody is in any team and nobody is a recorder.</summary>
    public static PrincipalDirectory Empty { get; } = new(new(StringComparer.Ordinal));

    /// <summary>The teams a principal belongs to.</summary>
    public IReadOnlyList<string> TeamsOf(string principal) => _principals.TryGetValue(principal, out var p) ? p.Teams : [];

    /// <summary>True when the principal has the recorder role (writes ledger commits, relays facts on others' behalf).</summary>
    public bool IsRecorder(string principal) => _principals.TryGetValue(principal, out var p) && p.Recorder;

    /// <summary>Every principal with <c>recorder: true</c>.</summary>
    public IReadOnlyList<string> Recorders => [.. _principals.Where(p => p.Value.Recorder).Select(p => p.Key).Order(StringComparer.Ordinal)];

    /// <summary>Parses the file; <paramref name="source"/> names it in errors.</summary>
    public static PrincipalDirectory Parse(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new CliException($"{source}:{ex.Start.Line}:{ex.Start.Column}: {ex.Message}");
        }

        var result = new Dictionary<string, (IReadOnlyList<string>, bool)>(StringComparer.Ordinal);
        var directory = new PrincipalDirectory(result);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return directory;
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("principals"), out var node) || node is not YamlMappingNode principals)
        {
            throw new CliException($"{source}:{root.Start.Line}:{root.Start.Column}: expected a 'principals' mapping");
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
                    directory.AddAlias(alias, name, source);
                }
            }

            result[name] = (teams, recorder);
        }

        foreach (var (alias, owner) in directory._aliases)
        {
            if (result.ContainsKey(alias) && alias != owner)
            {
                throw new CliException($"{source}: '{alias}' is a principal and an alias of {owner}; one name must be one person");
            }
        }

        return directory;
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

    private void AddAlias(YamlScalarNode alias, string principal, string source)
    {
        var name = alias.Value!;
        if (_aliases.TryGetValue(name, out var other) && other != principal)
        {
            throw new CliException($"{source}:{alias.Start.Line}:{alias.Start.Column}: '{name}' is already a name of {other}; one name must be one person");
        }

        _aliases[name] = principal;
    }
}
