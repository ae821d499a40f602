using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Governance.Core.Decisions;
using Governance.Reporting.Text;

namespace Governance.Reporting.Decisions;

/// <summary>
/// SARIF 2.1.0: the tool with its version, every evaluated rule with a full description and help, and one result per
/// failing or erroring rule, located at the rule in its policy file. Each result carries a fingerprint of
/// (policy, rule, model) so code-scanning tools track one alert across runs, digests and commits.
/// </summary>
public sealed class SarifReporter : IDecisionReporter
{
    /// <summary>The <c>partialFingerprints</c> key: version 1 of the (policy, rule, model) hash.</summary>
    public const string FingerprintKey = "governanceRule/v1";

    /// <inheritdoc />
    public string Render(CheckReport report)
    {
        var rules = report.Decision.Rules.DistinctBy(r => (r.Policy, r.Id)).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "govern");
            json.WriteString("version", ToolVersion.Value);
            json.WriteString("semanticVersion", ToolVersion.Value);
            json.WriteString("informationUri", "https://github.com/governance-dev/governance");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                SarifRules.Write(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var rule in report.Decision.Rules.Where(r => r.Outcome is RuleOutcome.Fail or RuleOutcome.Error))
            {
                WriteResult(json, rule, rules.FindIndex(r => r.Policy == rule.Policy && r.Id == rule.Id), report.Decision.Subject.Model);
            }

            json.WriteEndArray();
            WriteProperties(json, report);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Run properties: the decision, and for a dry run the time it holds for ("as of"), plus any notices.</summary>
    private static void WriteProperties(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartObject("properties");
        json.WriteString("decision", OutcomeText.Of(report.Decision.Verdict));
        if (report.AsOf is { } asOf)
        {
            json.WriteString("asOf", Core.Evaluation.Format.Time(asOf));
        }

        if (report.Notices.Count > 0)
        {
            json.WriteStartArray("notices");
            foreach (var notice in report.Notices)
            {
                json.WriteStringValue(notice);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>SHA-256 over policy, rule id and model (NUL-separated), as lower-case hex.</summary>
    public static string Fingerprint(string policy, string rule, string model) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{policy}\0{rule}\0{model}")));

    private static void WriteResult(Utf8JsonWriter json, RuleResult rule, int index, string model)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", $"{rule.Policy}/{rule.Id}");
        json.WriteNumber("ruleIndex", index);
        json.WriteString("level", rule.Blocks ? "error" : "warning");
        json.WriteStartObject("message");
        json.WriteString("text", rule.Remedy is null ? rule.Message : $"{rule.Message}. Needs: {rule.Remedy}");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", rule.Rule.Location.File.Replace('\\', '/'));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, rule.Rule.Location.Line));
        json.WriteNumber("startColumn", Math.Max(1, rule.Rule.Location.Column));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, Fingerprint(rule.Policy, rule.Id, model));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
