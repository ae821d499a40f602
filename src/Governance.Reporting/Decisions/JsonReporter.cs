using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Reporting.Text;

namespace Governance.Reporting.Decisions;

/// <summary>The stable JSON format of DESIGN §7 (documented in docs/output-formats.md).</summary>
public sealed class JsonReporter : IDecisionReporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public string Render(CheckReport report)
    {
        var decision = report.Decision;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("decision", OutcomeText.Of(decision.Verdict));
            json.WriteStartObject("subject");
            json.WriteString("model", decision.Subject.Model);
            json.WriteString("digest", decision.Subject.Digest.Value);
            json.WriteString("environment", decision.Subject.Environment);
            WriteNullable(json, "commit", decision.Subject.Commit);
            json.WriteEndObject();
            json.WriteString("time", Format.Time(decision.Time));
            if (report.AsOf is { } asOf)
            {
                json.WriteString("asOf", Format.Time(asOf));
            }

            if (report.Notices.Count > 0)
            {
                json.WriteStartArray("notices");
                report.Notices.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
            }
            json.WriteStartArray("policies");
            foreach (var policy in decision.Policies)
            {
                json.WriteStartObject();
                json.WriteString("name", policy.Name);
                json.WriteString("digest", policy.Policy.Digest.Value);
                json.WriteString("path", policy.Policy.Path);
                json.WriteBoolean("applies", policy.Applies);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rules");
            foreach (var rule in decision.Rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteStartObject("ledger");
            if (report.Ledger is { } ledger)
            {
                json.WriteNumber("seq", ledger.Seq);
                json.WriteString("commit", ledger.Commit);
            }
            else
            {
                json.WriteNull("seq");
                json.WriteNull("commit");
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRule(Utf8JsonWriter json, RuleResult rule)
    {
        json.WriteStartObject();
        json.WriteString("policy", rule.Policy);
        json.WriteString("id", rule.Id);
        json.WriteString("kind", rule.Kind);
        json.WriteString("mode", OutcomeText.Of(rule.Mode));
        json.WriteString("outcome", OutcomeText.Of(rule.Outcome));
        json.WriteString("message", rule.Message);
        WriteNullable(json, "remedy", rule.Remedy);
        json.WriteStartArray("evidence");
        foreach (var reference in rule.Evidence)
        {
            json.WriteStringValue(reference);
        }

        json.WriteEndArray();
        json.WriteStartArray("details");
        foreach (var detail in rule.Details)
        {
            json.WriteStringValue(detail);
        }

        json.WriteEndArray();
        json.WriteStartObject("location");
        json.WriteString("file", rule.Rule.Location.File);
        json.WriteNumber("line", rule.Rule.Location.Line);
        json.WriteNumber("column", rule.Rule.Location.Column);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
