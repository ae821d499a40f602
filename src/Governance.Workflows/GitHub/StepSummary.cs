using System.Text;
using Governance.GitHub.Actions;
using Governance.GitHub.Evidence;
using Governance.Reporting.Decisions;
using Governance.Reporting.Text;

namespace Governance.Workflows.GitHub;

/// <summary>
/// The Markdown step summary: the verdict and the table of rules (outcome, finding, what would satisfy it), where
/// the decision was recorded, and which pull-request reviews did not count and why.
/// </summary>
internal static class StepSummary
{
    /// <summary>Renders the summary.</summary>
    public static string Render(CheckReport report, GitHubRun? run)
    {
        var text = new StringBuilder(new MarkdownReporter().Render(report with { Explain = false }));
        text.AppendLine();
        text.AppendLine(report.Ledger is { } ledger
            ? $"**Ledger:** recorded as entry {ledger.Seq}, commit {MarkdownText.Code(ledger.Commit)} on `refs/governance/ledger`."
            : "**Ledger:** not recorded.");
        if (run?.Facts is not { } facts)
        {
            return text.ToString();
        }

        text.AppendLine();
        text.AppendLine(facts.PullRequest is { } pr
            ? $"**GitHub approvals** from pull request #{pr.Number} for commit {MarkdownText.Code(ApprovalLog.Short(facts.SubjectSha))}: "
                + (facts.Approvals.Count == 0 ? "none." : string.Join(", ", facts.Approvals.Select(a => ApprovalRecords.IsStale(a, facts)
                    ? $"{MarkdownText.Inline(a.Reviewer)} (older commit {MarkdownText.Code(ApprovalLog.Short(a.CommitSha))}: counts only where allowStale)"
                    : MarkdownText.Inline(a.Reviewer))) + ".")
            : $"**GitHub approvals:** no pull request found for commit {MarkdownText.Code(ApprovalLog.Short(facts.SubjectSha))}.");
        if (facts.Ignored.Count + facts.Notes.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| Reviewer | Why it did not count |");
            text.AppendLine("|---|---|");
            foreach (var ignored in facts.Ignored)
            {
                text.AppendLine($"| {Cell(ignored.Reviewer)} | {Cell(ignored.Detail)} |");
            }

            foreach (var note in facts.Notes)
            {
                text.AppendLine($"| — | {Cell(note)} |");
            }
        }

        return text.ToString();
    }

    /// <summary>Escapes text for a Markdown table cell (see <see cref="MarkdownText.Message"/>).</summary>
    public static string Cell(string text) => MarkdownText.Message(text, inTable: true);
}
