using System.Text;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;

namespace Governance.Cli.Reporting;

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
            ? $"### ✅ Allowed: `{subject.Model}` → {subject.Environment}"
            : $"### ❌ Denied: `{subject.Model}` → {subject.Environment}");
        text.AppendLine();
        var applied = decision.Policies.Where(p => p.Applies).Select(p => $"`{p.Name}`");
        text.Append($"Digest `{subject.Digest}` · decided {Format.Time(decision.Time)} · policies: {Format.List(applied)}");
        if (report.Ledger is { } ledger)
        {
            text.Append($" · ledger entry {ledger.Seq} (`{ledger.Commit[..Math.Min(12, ledger.Commit.Length)]}`)");
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
            text.AppendLine($"| `{rule.Id}` | {rule.Kind} | {OutcomeText.Of(rule.Mode)} | {Icon(rule)} {OutcomeText.Of(rule.Outcome)} | {Cell(rule.Message)} | {Cell(rule.Outcome is RuleOutcome.Fail or RuleOutcome.Error ? rule.Remedy : null)} |");
        }

        if (report.Explain)
        {
            foreach (var rule in decision.Rules.Where(r => r.Details.Count > 0))
            {
                text.AppendLine().AppendLine($"<details><summary><code>{rule.Id}</code>: how it was decided</summary>").AppendLine();
                foreach (var detail in rule.Details)
                {
                    text.AppendLine($"- {detail.Replace("<", "&lt;", StringComparison.Ordinal)}");
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

    private static string Cell(string? text) => text is null ? "" : text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
