using Governance.Cli.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Governance.Cli.Ledger;

/// <summary>
/// <c>.governance/principals.yaml</c>: which teams each signer principal belongs to, and which principals have the
/// recorder role (trust v2): only a recorder's key may write ledger commits and checkpoints, and relay facts made
/// elsewhere (file evidence, GitHub reviews). Everyone else is a person, who only signs statements.
/// <code>principals: { alice@acme.example: { teams: [acme/ml-governance] }, ci@acme.example: { recorder: true } }</code>
/// Each principal is a mapping, so further per-principal fields (identities, aliases) can be added beside these.
/// </summary>
public sealed class PrincipalDirectory
{
    private readonly Dictionary<string, (IReadOnlyList<string> Teams, bool Recorder)> _principals;

    private PrincipalDirectory(Dictionary<string, (IReadOnlyList<string>, bool)> principals) => _principals = principals;

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
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new PrincipalDirectory(result);
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
            }

            result[name] = (teams, recorder);
        }

        return new PrincipalDirectory(result);
    }
}
