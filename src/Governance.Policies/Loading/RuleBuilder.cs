using System.Text.RegularExpressions;
using Governance.Core.Policies;
using Governance.Policies.Diagnostics;
using Governance.Policies.Yaml;

namespace Governance.Policies.Loading;

/// <summary>Builds one <see cref="Rule"/>: id, mode, <c>when</c>, and exactly one requirement.</summary>
internal static partial class RuleBuilder
{
    /// <summary>The requirement keys, in the order the schema lists them.</summary>
    public static readonly string[] Kinds = ["approvals", "evaluation", "attestation", "provenance", "expression"];

    /// <summary>The rule, or null after diagnostics.</summary>
    /// <remarks>
    /// <see cref="Rule.Location"/> is the rule mapping's start. <see cref="Rule.WhenLocation"/> is where the condition's
    /// text starts: for a quoted scalar the first character inside the quote, for a block scalar its first content line.
    /// </remarks>
    public static Rule? Build(YamlNode node, int index, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        var rule = MappingReader.Open(node, $"rule #{index + 1}", diagnostics);
        if (rule is null)
        {
            return null;
        }

        var id = rule.String("id", required: true, IdPattern(), "a kebab-case id such as two-governance-approvals");
        if (id is not null)
        {
            rule.What = $"rule '{id}'";
        }
        var mode = rule.Choice("mode", required: false, "enforce", "audit");
        var whenNode = rule.Optional("when");
        var when = Values.String(whenNode, "'when'", diagnostics);
        var description = rule.String("description");
        var requireSigned = rule.Bool("requireSigned") ?? false;
        var requirement = Requirement(rule, diagnostics);
        rule.RejectUnknown();

        if (id is null || requirement is null || diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        return new Rule(id, requirement, mode == "audit" ? RuleMode.Audit : RuleMode.Enforce, node.Location)
        {
            When = when,
            WhenLocation = when is null ? null : ((YamlScalar)whenNode!).ContentLocation,
            RequireSigned = requireSigned,
            Description = description,
        };
    }

    private static Requirement? Requirement(MappingReader rule, List<Diagnostic> diagnostics)
    {
        var present = Kinds.Where(rule.Has)
            .OrderBy(k => rule.Mapping.FindKey(k)!.Location.Line)
            .ThenBy(k => rule.Mapping.FindKey(k)!.Location.Column)
            .ToList();
        if (present.Count == 0)
        {
            diagnostics.Add(new(rule.Mapping.Location, $"{rule.What} must have exactly one of {Values.OneOf(Kinds)}"));
            return null;
        }

        if (present.Count > 1)
        {
            var second = rule.Mapping.FindKey(present[1])!;
            diagnostics.Add(new(second.Location,
                $"{rule.What} has more than one requirement ('{present[0]}' and '{present[1]}'); split it into separate rules"));
            return null;
        }

        var kind = present[0];
        var node = rule.Optional(kind);
        if (kind == "expression")
        {
            var text = Values.String(node, "'expression'", diagnostics);
            return text is null ? null : new ExpressionRequirement(text, ((YamlScalar)node!).ContentLocation);
        }

        var body = MappingReader.Open(node, $"'{kind}'", diagnostics);
        return body is null ? null : kind switch
        {
            "approvals" => RequirementBuilder.Approvals(body),
            "evaluation" => RequirementBuilder.Evaluation(body),
            "attestation" => RequirementBuilder.Attestation(body),
            _ => RequirementBuilder.Provenance(body),
        };
    }

    /// <summary>The rule id pattern of the published schema (kebab-case).</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex IdPattern();
}
