namespace Governance.Ledger.Storage;

/// <summary>Sees one commit during a history walk (the spans are only valid during the call).</summary>
/// <param name="id">The raw object id.</param>
/// <param name="commit">
/// The whole commit object as read for the walk (libgit2 checked that it hashes to <paramref name="id"/>), or empty
/// when the commit was too long to copy whole.
/// </param>
internal delegate void CommitIdVisitor(ReadOnlySpan<byte> id, ReadOnlySpan<byte> commit);
