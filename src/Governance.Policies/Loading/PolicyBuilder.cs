using System.Runtime.CompilerServices;
using Governance.Core.Policies;
using Governance.Core.Subjects;
using Governance.Policies.Diagnostics;
using Governance.Policies.Yaml;

namespace Governance.Policies.Loading;

/// <summary>Builds a <see cref="Policy"/> from a parsed document, enforcing every constraint of <c>policy.schema.json</c> by hand.</summary>
internal static class PolicyBuilder
{
    /// <summary>The policy, or null when any error was reported.</summary>
    public static Policy? Build(string path, YamlNode root, Digest digest, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        var policy = MappingReader.Open(root, "policy", diagnostics);
        if (policy is null)
        {
            return null;
        }

        policy.Choice("apiVersion", required: true, "governance/v1");
        policy.Choice("kind", required: true, "DeploymentPolicy");
        var metadata = Metadata(policy.Child("metadata", required: true));
        var spec = policy.Child("spec", required: true);
        policy.RejectUnknown();

        PolicySelector? selector = PolicySelector.Any;
        IReadOnlyList<Rule>? rules = null;
        WaiverPolicy? waivers = null;
        if (spec is not null)
        {
            selector = AppliesTo(spec.Child("appliesTo"));
            rules = Rules(spec.Required("rules"), diagnostics);
            waivers = Waivers(spec.Child("waivers"));
            spec.RejectUnknown();
        }

        if (metadata is null || rules is null || selector is null || diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        var built = new Policy(metadata, selector, rules, waivers, path, digest);
        NameLocations.AddOrUpdate(built, NameLocation(root, path));
        return built;
    }

    /// <summary>Where each built policy's <c>metadata.name</c> value is, for diagnostics across files.</summary>
    public static ConditionalWeakTable<Policy, SourceLocation> NameLocations { get; } = [];

    private static SourceLocation NameLocation(YamlNode root, string path) =>
        root is YamlMapping m && m.TryGet("metadata", out var md) && md is YamlMapping meta && meta.TryGet("name", out var name)
            ? ((YamlScalar)name).ContentLocation
            : new SourceLocation(path, 0, 0);

    private static PolicyMetadata? Metadata(MappingReader? metadata)
    {
        if (metadata is null)
        {
            return null;
        }

        var name = metadata.String("name", required: true);
        var description = metadata.String("description");
        var owners = metadata.StringList("owners") ?? [];
        metadata.RejectUnknown();
        return name is null ? null : new PolicyMetadata(name, description, owners);
    }

    private static PolicySelector? AppliesTo(MappingReader? appliesTo)
    {
        if (appliesTo is null)
        {
            return PolicySelector.Any;
        }

        var environments = appliesTo.StringList("environments");
        var models = appliesTo.StringList("models");
        appliesTo.RejectUnknown();
        return new PolicySelector(environments, models);
    }

    private static List<Rule>? Rules(YamlNode? node, List<Diagnostic> diagnostics)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequence sequence)
        {
            diagnostics.Add(new(node.Location, $"'rules' must be a list of rules, not {node.Describe()}"));
            return null;
        }

        if (sequence.Items.Count == 0)
        {
            diagnostics.Add(new(node.Location, "'rules' must list at least 1 rule"));
            return null;
        }

        var rules = new List<Rule>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (RuleBuilder.Build(sequence.Items[i], i, diagnostics) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules.Count == sequence.Items.Count && UniqueIds(sequence, rules, diagnostics) ? rules : null;
    }

    /// <summary>Rule ids key waivers, results and fingerprints: a repeated id would let one waiver cover two rules.</summary>
    private static bool UniqueIds(YamlSequence sequence, List<Rule> rules, List<Diagnostic> diagnostics)
    {
        var firstById = new Dictionary<string, Rule>(StringComparer.Ordinal);
        var unique = true;
        for (var i = 0; i < rules.Count; i++)
        {
            if (!firstById.TryAdd(rules[i].Id, rules[i]))
            {
                var where = sequence.Items[i] is YamlMapping m && m.TryGet("id", out var id) ? id.Location : rules[i].Location;
                diagnostics.Add(new(where, $"duplicate rule id '{rules[i].Id}' (first defined at line {firstById[rules[i].Id].Location.Line})"));
                unique = false;
            }
        }

        return unique;
    }

    private static WaiverPolicy? Waivers(MappingReader? waivers)
    {
        if (waivers is null)
        {
            return null;
        }

        var approvers = RequirementBuilder.Principals(waivers.Child("approvers", required: true));
        var maxDuration = waivers.Duration("maxDuration", required: true);
        waivers.RejectUnknown();
        return approvers is null || maxDuration is null ? null : new WaiverPolicy(approvers, maxDuration.Value);
    }
}
