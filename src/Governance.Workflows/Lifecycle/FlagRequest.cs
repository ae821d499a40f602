namespace Governance.Workflows.Lifecycle;

/// <summary>A flag on a source dataset (or the lifting of one).</summary>
/// <param name="Dataset">The dataset id.</param>
/// <param name="Reason">Why.</param>
/// <param name="ContentDigest">The snapshot's content digest (<c>sha256:…</c>), when one snapshot is meant.</param>
/// <param name="Severity"><c>low</c>, <c>medium</c>, <c>high</c> or <c>critical</c> (flags only).</param>
/// <param name="References">Tickets or documents.</param>
public sealed record FlagRequest(string Dataset, string Reason, string? ContentDigest = null, string? Severity = null, IReadOnlyList<string>? References = null);
