using System.Text.Json;
using Governance.Reporting.Rules;
using Governance.Core.Decisions;
using Governance.Reporting.Text;

namespace Governance.Reporting.Decisions;

/// <summary>One SARIF <c>reportingDescriptor</c> per rule: id, name, short and full description, help (text and Markdown).</summary>
internal static class SarifRules
{
    /// <summary>Writes the descriptor of <paramref name="rule"/>.</summary>
    public static void Write(Utf8JsonWriter json, RuleResult rule)
    {
        var demands = RuleDescriber.Describe(rule.Rule);
        var where = $"{rule.Rule.Location.File.Replace('\\', '/')}:{Math.Max(1, rule.Rule.Location.Line)}";
        var mode = OutcomeText.Of(rule.Mode);
        json.WriteStartObject();
        json.WriteString("id", $"{rule.Policy}/{rule.Id}");
        json.WriteString("name", rule.Id);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Rule.Description ?? $"{rule.Kind} rule {rule.Id} of policy {rule.Policy}");
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", $"{rule.Kind} rule {rule.Id} of policy {rule.Policy} ({mode}): requires {demands}.");
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", $"Requires {demands}. Defined at {where}; `govern policy explain` describes the policy, "
            + "`govern check --explain` lists every item considered.");
        json.WriteString("markdown", $"Requires {MarkdownText.Message(demands)}.\n\nDefined at {MarkdownText.Code(where)}; "
            + "`govern policy explain` describes the policy, `govern check --explain` lists every item considered.");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", mode == "enforce" ? "error" : "warning");
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
