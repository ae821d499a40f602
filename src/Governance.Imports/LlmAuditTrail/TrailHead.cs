namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// The last record of a verified trail: what a <c>trail.imported</c> pointer entry records so another
/// ledger can refer to the foreign trail's head.
/// </summary>
/// <param name="Seq">The head's <c>seq</c>, or <c>null</c> for a paper-era record without one.</param>
/// <param name="CurrHash">The head's <c>curr_hash</c> (64 lowercase hex characters when written by llm-audit-trail).</param>
/// <param name="Timestamp">The head's <c>timestamp</c> string as written, if any.</param>
public sealed record TrailHead(long? Seq, string CurrHash, string? Timestamp);
