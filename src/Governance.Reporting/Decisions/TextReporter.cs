using System.Text;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Reporting.Text;

namespace Governance.Reporting.Decisions;

/// <summary>The human format: a verdict line, one line per rule, what would satisfy each unmet rule.</summary>
public sealed class TextReporter : IDecisionReporter
{
    /// <inheritdoc />
    public string Render(CheckReport report)
    {
        var decision = report.Decision;
        var text = new StringBuilder();
        var subject = decision.Subject;
        text.Append(decision.Verdict == Verdict.Allow ? "ALLOW" : "DENY")
            .Append($"  {subject.Model} {subject.Digest} -> {subject.Environment}")
            .AppendLine($"  (decided {Format.Time(decision.Time)})");
        if (report.AsOf is { } asOf)
        {
            text.AppendLine($"dry run, not recorded: as of {Format.Time(asOf)}");
        }

        foreach (var notice in report.Notices)
        {
            text.Append("note: ").AppendLine(notice);
        }
        foreach (var policy in decision.Policies)
        {
            text.AppendLine($"policy {policy.Name} ({policy.Policy.Path}): {(policy.Applies ? "applies" : "does not apply")}");
        }

        var width = decision.Rules.Count == 0 ? 0 : decision.Rules.Max(r => Label(r).Length);
        foreach (var rule in decision.Rules)
        {
            text.Append("  ").Append(OutcomeText.Of(rule.Outcome).ToUpperInvariant().PadRight(8))
                .Append(Label(rule).PadRight(width + 2)).AppendLine(rule.Message);
            if (rule.Remedy is { } remedy && rule.Outcome is RuleOutcome.Fail or RuleOutcome.Error)
            {
                text.Append(' ', 10).Append("needs: ").AppendLine(remedy);
            }

            if (report.Explain)
            {
                foreach (var detail in rule.Details)
                {
                    text.Append(' ', 10).Append("- ").AppendLine(detail);
                }
            }
        }

        text.AppendLine(Summary(decision));
        if (report.Ledger is { } ledger)
        {
            text.AppendLine($"recorded as ledger entry {ledger.Seq} (commit {ledger.Commit})");
        }

        return text.ToString();
    }

    private static string Label(RuleResult rule) =>
        $"{rule.Id} [{rule.Kind}{(rule.Mode == Core.Policies.RuleMode.Audit ? ", audit" : "")}]";

    private static string Summary(Decision decision)
    {
        if (decision.NoPolicyApplied)
        {
            return "no policy applies to this subject";
        }

        var blocking = decision.Rules.Where(r => r.Blocks).Select(r => r.Id).ToList();
        return blocking.Count == 0
            ? $"allowed: {decision.Rules.Count(r => r.Outcome == RuleOutcome.Pass)} passed, {decision.Rules.Count(r => r.Outcome == RuleOutcome.Waived)} waived, {decision.Rules.Count(r => r.Outcome == RuleOutcome.Skipped)} skipped, {decision.Rules.Count(r => !r.Blocks && r.Outcome is RuleOutcome.Fail or RuleOutcome.Error)} audit-only findings"
            : $"denied by {blocking.Count} enforced rule{(blocking.Count == 1 ? "" : "s")}: {string.Join(", ", blocking)}";
    }
}
