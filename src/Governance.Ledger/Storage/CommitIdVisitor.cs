namespace Governance.Ledger.Storage;

/// <summary>Sees one 20-byte commit id during a history walk (the span is only valid during the call).</summary>
/// <param name="id">The raw object id.</param>
internal delegate void CommitIdVisitor(ReadOnlySpan<byte> id);
