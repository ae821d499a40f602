using System.Text;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Reporting.Text;

namespace Governance.Reporting.Decisions;

/// <summary>Markdown for step summaries and pull-request comments: a verdict heading and a table of rules.</summary>
public sealed class MarkdownReporter : IDecisionReporter
{
    /// <inheritdoc />
    public string Render(CheckReport report)
    {
        var decision = report.Decision;
        var subject = decision.Subject;
        var text = new StringBuilder();
        text.AppendLine(decision.Verdict == Verdict.Allow
            ? $"### ✅ Allowed: {MarkdownText.Code(subject.Model)} → {MarkdownText.Inline(subject.Environment)}"
            : $"### ❌ Denied: {MarkdownText.Code(subject.Model)} → {MarkdownText.Inline(subject.Environment)}");
        text.AppendLine();
        var applied = decision.Policies.Where(p => p.Applies).Select(p => MarkdownText.Code(p.Name));
        text.Append($"Digest `{subject.Digest}` · decided {Format.Time(decision.Time)} · policies: {Format.List(applied)}");
        if (report.Ledger is { } ledger)
        {
            text.Append($" · ledger entry {ledger.Seq} ({MarkdownText.Code(ledger.Commit[..Math.Min(12, ledger.Commit.Length)])})");
        }

        if (report.AsOf is { } asOf)
        {
            text.Append($" · dry run, not recorded: as of {Format.Time(asOf)}");
        }

        text.AppendLine().AppendLine();
        foreach (var notice in report.Notices)
        {
            text.Append("> **Note:** ").AppendLine(notice.Replace("<", "&lt;", StringComparison.Ordinal).ReplaceLineEndings(" ")).AppendLine();
        }

        if (decision.Rules.Count == 0)
        {
            return text.AppendLine("No policy applies to this subject.").ToString();
        }

        text.AppendLine("| Rule | Kind | Mode | Outcome | Finding | What would satisfy it |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var rule in decision.Rules)
        {
            text.AppendLine($"| {MarkdownText.Code(rule.Id, inTable: true)} | {rule.Kind} | {OutcomeText.Of(rule.Mode)} | {Icon(rule)} {OutcomeText.Of(rule.Outcome)} | {Cell(rule.Message)} | {Cell(rule.Outcome is RuleOutcome.Fail or RuleOutcome.Error ? rule.Remedy : null)} |");
        }

        if (report.Explain)
        {
            foreach (var rule in decision.Rules.Where(r => r.Details.Count > 0))
            {
                text.AppendLine().AppendLine($"<details><summary><code>{MarkdownText.Html(rule.Id)}</code>: how it was decided</summary>").AppendLine();
                foreach (var detail in rule.Details)
                {
                    text.AppendLine($"- {MarkdownText.Message(detail)}");
                }

                text.AppendLine().AppendLine("</details>");
            }
        }

        return text.ToString();
    }

    private static string Icon(RuleResult rule) => rule.Outcome switch
    {
        RuleOutcome.Pass => "✅",
        RuleOutcome.Waived => "🟡",
        RuleOutcome.Skipped => "⏭️",
        _ when !rule.Blocks => "⚠️",
        _ => "❌",
    };

    private static string Cell(string? text) => MarkdownText.Message(text, inTable: true);
}
