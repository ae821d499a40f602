namespace Governance.Audit.Report;

/// <summary>What a report shows and how much of it (the bounds keep a 100,000-entry ledger's report usable).</summary>
/// <param name="Model">Only this model (name or <c>sha256:</c> digest), or null for every model.</param>
/// <param name="Since">Only entries at or after this time, or null for all.</param>
/// <param name="TimelineLimit">The timeline shows the newest this many matching entries (plus every entry a shown decision cites); per-type counts cover all.</param>
/// <param name="SectionLimit">Each per-model table shows its newest this many rows and says how many it left out.</param>
public sealed record ReportOptions(string? Model = null, DateTimeOffset? Since = null, int TimelineLimit = 2000, int SectionLimit = 100)
{
    /// <summary>The default timeline bound.</summary>
    public const int DefaultTimelineLimit = 2000;
}
