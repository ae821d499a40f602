using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>One record of an llm-audit-trail that passed every check for its line.</summary>
/// <param name="LineNumber">1-based line in the trail file.</param>
/// <param name="Json">The parsed record, including <c>curr_hash</c>.</param>
/// <param name="Seq">Its integer <c>seq</c>, or <c>null</c> for a paper-era record.</param>
/// <param name="CurrHash">Its <c>curr_hash</c>.</param>
public sealed record TrailRecord(int LineNumber, PyJsonValue Json, long? Seq, string CurrHash);
