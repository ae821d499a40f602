using Governance.Core.Decisions;

namespace Governance.Reporting.Decisions;

/// <summary>Everything a reporter renders for one <c>govern check</c>.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Ledger">Where it was recorded, when it was.</param>
/// <param name="Explain">Show operand values and every considered item.</param>
public sealed record CheckReport(Decision Decision, LedgerReceipt? Ledger, bool Explain)
{
    /// <summary>Set for a dry run (not recorded): the time the decision holds for, which every format states ("as of").</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>Lines every format shows: trust switches turned off, context that was ignored, unmapped reviewers.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
