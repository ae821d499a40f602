namespace Governance.Audit.Controls;

/// <summary>One control the ledger can (or cannot) evidence.</summary>
/// <param name="Framework"><c>EU AI Act</c> or <c>NIST AI RMF 1.0</c>.</param>
/// <param name="Id">The article, annex item or subcategory (<c>Art. 12(1)</c>, <c>MEASURE 2.3</c>).</param>
/// <param name="Title">What it asks, in short.</param>
/// <param name="Coverage">The most the ledger can show: <c>evidenced</c>, <c>partial</c> or <c>not evidenceable</c>.</param>
/// <param name="EvidenceTypes">The entry types that evidence it (empty: every entry).</param>
/// <param name="Note">What the ledger shows and what it cannot.</param>
public sealed record ControlItem(string Framework, string Id, string Title, string Coverage, IReadOnlyList<string> EvidenceTypes, string Note);
