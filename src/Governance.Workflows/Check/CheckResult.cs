using Governance.Core.Decisions;
using Governance.Core.Evidence;
using Governance.GitHub.Evidence;
using Governance.Reporting.Decisions;

namespace Governance.Workflows.Check;

/// <summary>What a check decided, and what a host needs beside the decision to report and publish it.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Receipt">Where the decision was recorded in the ledger; null for a dry run (<c>--no-record</c>).</param>
/// <param name="Notices">Lines every output format shows: trust switches turned off, ignored context, unmapped reviewers.</param>
public sealed record CheckResult(Decision Decision, LedgerReceipt? Receipt, IReadOnlyList<string> Notices)
{
    /// <summary>The GitHub source's batch when GitHub was asked (<c>--github</c>, <c>--pull-request</c>, a protection rule); null otherwise.</summary>
    /// <remarks>Kept as the Core batch so a host that never asked GitHub never loads the GitHub library; read the run through <see cref="GitHubRun"/>.</remarks>
    public EvidenceBatch? GitHub { get; init; }

    /// <summary>The run facts the GitHub source returned beside its evidence (event, gated commit, pull request, reviews), or null.</summary>
    public GitHubRun? GitHubRun => GitHub?.State as GitHubRun;

    /// <summary>For a dry run (not recorded), the time the decision holds for, which every output states ("as of"); null when recorded.</summary>
    public DateTimeOffset? AsOf => Receipt is null ? Decision.Time : null;
}
