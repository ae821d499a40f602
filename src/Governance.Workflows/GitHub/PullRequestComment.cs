using System.Text;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.GitHub.Actions;
using Governance.GitHub.Evidence;
using Governance.Reporting.Decisions;
using Governance.Reporting.Text;

namespace Governance.Workflows.GitHub;

/// <summary>
/// The sticky pull-request comment: what is still needed (with who can approve and which evaluation is absent or
/// failing), what is satisfied, audit-only findings, and the reviews that did not count.
/// </summary>
internal static class PullRequestComment
{
    /// <summary>The hidden marker of the comment for one model and environment, so several gates keep separate comments.</summary>
    public static string Marker(CheckReport report) =>
        $"<!-- governance:sticky {MarkdownText.Html(report.Decision.Subject.Model)}/{MarkdownText.Html(report.Decision.Subject.Environment)} -->";

    /// <summary>Renders the comment body (marker first).</summary>
    public static string Render(CheckReport report, GitHubRun run)
    {
        var decision = report.Decision;
        var subject = decision.Subject;
        var blocking = decision.Rules.Where(r => r.Blocks).ToList();
        var text = new StringBuilder().AppendLine(Marker(report));
        text.AppendLine(blocking.Count == 0
            ? $"### ✅ Governance: ready to deploy {MarkdownText.Code(subject.Model)} → {MarkdownText.Inline(subject.Environment)}"
            : $"### ❌ Governance: {blocking.Count} rule{(blocking.Count == 1 ? "" : "s")} still unmet for {MarkdownText.Code(subject.Model)} → {MarkdownText.Inline(subject.Environment)}");
        var applied = decision.Policies.Where(p => p.Applies).Select(p => MarkdownText.Code(p.Name));
        text.AppendLine().AppendLine($"Commit {MarkdownText.Code(ApprovalLog.Short(run.SubjectSha))} · digest `{subject.Digest.Short}` · policies: {Format.List(applied)} · checked {Format.Time(decision.Time)}");
        Section(text, "Still needed", blocking, rule => $"❌ **{MarkdownText.Code(rule.Id)}** ({rule.Kind}): {MarkdownText.Message(rule.Message)}" + (rule.Remedy is { } r ? $"\n  - Needs: {MarkdownText.Message(r)}" : ""));
        Section(text, "Satisfied", [.. decision.Rules.Where(r => r.Outcome is RuleOutcome.Pass or RuleOutcome.Waived or RuleOutcome.Skipped)],
            rule => $"{Icon(rule.Outcome)} {MarkdownText.Code(rule.Id)} ({rule.Kind}): {MarkdownText.Message(rule.Message)}");
        Section(text, "Audit-only findings (do not block)", [.. decision.Rules.Where(r => !r.Blocks && r.Outcome is RuleOutcome.Fail or RuleOutcome.Error)],
            rule => $"⚠️ {MarkdownText.Code(rule.Id)} ({rule.Kind}): {MarkdownText.Message(rule.Message)}");
        var stale = run.Facts?.Approvals.Where(a => ApprovalRecords.IsStale(a, run.Facts)).ToList() ?? [];
        if (run.Facts is { } facts && facts.Ignored.Count + facts.Notes.Count + stale.Count > 0)
        {
            text.AppendLine().AppendLine($"<details><summary>Reviews that did not count ({facts.Ignored.Count + stale.Count})</summary>").AppendLine();
            var staleLines = stale.Select(a => $"{a.Reviewer} approved an older commit {ApprovalLog.Short(a.CommitSha)}; approve again after the last push (counts only where a rule sets allowStale).");
            foreach (var line in facts.Ignored.Select(i => i.Detail).Concat(staleLines).Concat(facts.Notes))
            {
                text.AppendLine($"- {MarkdownText.Message(line)}");
            }

            text.AppendLine().AppendLine("</details>");
        }

        text.AppendLine().Append("<sub>Updated by <code>govern</code> on every push and review. Policies are read from the default branch, never from this pull request.</sub>");
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, List<RuleResult> rules, Func<RuleResult, string> line)
    {
        if (rules.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine($"**{title}**").AppendLine();
        foreach (var rule in rules)
        {
            text.AppendLine($"- {line(rule)}");
        }
    }

    private static string Icon(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Pass => "✅",
        RuleOutcome.Waived => "🟡",
        _ => "⏭️",
    };
}
